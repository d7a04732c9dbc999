import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { InputError, parseJsonDocument } from '@dataset/domain';
// The config subpath only: the gates themselves load a tokenizer and secretlint, which every CLI call would pay for.
import { QualityConfig } from '@dataset/checks/config';
import { RenderConfig } from './render';

export const DEFAULT_CONFIG_PATH = 'data/dataset.config.json';

const RawConfig = z.strictObject({
  metadata: z.string().min(1),
  curatedPrompts: z.array(z.string().min(1)).default([]),
  overrides: z.string().min(1).optional(),
  promptOverrides: z.string().min(1).optional(),
  registry: z.string().min(1).optional(),
  embeddedDatabase: z.string().min(1).default('db'),
  table: z.string().min(1).default('bazaar-vid_templates'),
  schema: z.string().min(1).optional(),
  /** A template whose code is larger (UTF-8 bytes) is refused by `raw` (CODE_TOO_LARGE) before any expensive work. */
  maxCodeBytes: z.number().int().positive().default(1_000_000),
  systemPrompt: z.string().min(1),
  seed: z.number().int(),
  tag: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a tag is a folder name: letters, digits, . _ -'),
  releaseDir: z.string().min(1),
  /** Quality gate settings (token limits, dedup threshold and policy, secrets policy…); every key has a default. */
  checks: QualityConfig.prefault({}),
  /** Render validation (`false` skips it); every key has a default. */
  render: RenderConfig,
});

/** The dataset config with every path made absolute against the config file's folder. */
export interface DatasetConfig {
  configPath: string;
  metadata: string;
  curatedPrompts: string[];
  overrides: string | null;
  promptOverrides: string | null;
  registry: string | null;
  embeddedDatabase: string;
  table: string;
  schema: string | null;
  maxCodeBytes: number;
  systemPrompt: string;
  seed: number;
  tag: string;
  releaseDir: string;
  checks: QualityConfig;
  render: RenderConfig;
}

export function resolveConfigPath(env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, env['DATASET_CONFIG'] || DEFAULT_CONFIG_PATH);
}

export function parseConfig(text: string, configPath: string): DatasetConfig {
  const raw = parseJsonDocument(text, RawConfig, configPath);
  const base = dirname(configPath);
  const at = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  return {
    configPath,
    metadata: at(raw.metadata),
    curatedPrompts: raw.curatedPrompts.map(at),
    overrides: raw.overrides ? at(raw.overrides) : null,
    promptOverrides: raw.promptOverrides ? at(raw.promptOverrides) : null,
    registry: raw.registry ? at(raw.registry) : null,
    embeddedDatabase: at(raw.embeddedDatabase),
    table: raw.table,
    schema: raw.schema ?? null,
    maxCodeBytes: raw.maxCodeBytes,
    systemPrompt: raw.systemPrompt,
    seed: raw.seed,
    tag: raw.tag,
    releaseDir: at(raw.releaseDir),
    checks: raw.checks,
    render: { ...raw.render, browserExecutable: at(raw.render.browserExecutable) },
  };
}

export function loadConfig(configPath: string): DatasetConfig {
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch {
    throw new InputError(configPath, null, null, 'config file not found (set DATASET_CONFIG to choose another)');
  }
  return parseConfig(text, configPath);
}
