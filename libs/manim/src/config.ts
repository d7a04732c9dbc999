import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { InputError, parseJsonDocument } from '@dataset/domain';

export const DEFAULT_MANIM_CONFIG = 'data/manim/sources.json';

export const SourceKind = z.enum(['jsonl-openai', 'jsonl-sharegpt', 'jsonl-flat', 'parquet', 'repo']);
export type SourceKind = z.infer<typeof SourceKind>;

const SourceEntry = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source names are kebab-case (a-z, 0-9, -): they name Nx targets and files'),
  kind: SourceKind,
  path: z.string().min(1),
  /** Higher wins when dedup must choose between sources. */
  priority: z.number().int(),
  /** An existing, supposedly pre-cleaned dataset: no other source may contribute a duplicate of its rows. */
  precleaned: z.boolean().default(false),
  /** The Nx target (of project `manim`) that writes `path`, when the file is generated. */
  producedBy: z.string().min(1).optional(),
});

/**
 * Third-party packages a scene may import besides manim and the standard library. The default is what
 * scenes commonly use among the packages installing manim brings along, so a kept scene runs wherever
 * Manim runs. Cleaning reads it (the Nx plugin puts it on each clean target's command line).
 */
export const DEFAULT_ALLOWED_IMPORTS: readonly string[] = ['PIL', 'networkx', 'numpy', 'scipy'];
export const AllowedImports = z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a top-level package name (numpy, not numpy.linalg)'));

const RawManimConfig = z.strictObject({
  systemPrompt: z.string().min(1),
  seed: z.number().int(),
  /** Estimated Jaccard similarity (MinHash/LSH) at or above which two codes are near-duplicates. */
  nearDuplicateThreshold: z.number().gt(0).lte(1).default(0.85),
  /**
   * Identical descriptions with different code: `same-split` keeps them all but in one split (no prompt
   * leaks from train into test); `keep-highest-priority` keeps only the best-ranked one.
   */
  sameDescription: z.enum(['same-split', 'keep-highest-priority']).default('same-split'),
  /**
   * Near-identical code under different descriptions (parameter variants: "rotate 45°" / "rotate 30°"):
   * `group` keeps every variant, all in one split; `keep-one` keeps only the best-ranked one.
   */
  nearDuplicates: z.enum(['group', 'keep-one']).default('group'),
  /** Order train.jsonl by token count (short first) instead of by hash. */
  curriculum: z.boolean().default(false),
  allowedImports: AllowedImports.default([...DEFAULT_ALLOWED_IMPORTS]),
  sources: z.array(SourceEntry).min(1),
});

/** What cleaning reads of a source's entry, as a clean target's command restates it; priority and precleaned are combine's. */
export const CleanEntry = SourceEntry.pick({ name: true, kind: true, path: true, producedBy: true });

export interface SourceSpec {
  name: string;
  kind: SourceKind;
  /** Absolute. */
  path: string;
  priority: number;
  precleaned: boolean;
  producedBy: string | null;
}

/** A source as cleaning sees it: its entry, with the path resolved. */
export type CleanSpec = Pick<SourceSpec, 'name' | 'kind' | 'path' | 'producedBy'>;

export interface ManimConfig {
  configPath: string;
  systemPrompt: string;
  seed: number;
  nearDuplicateThreshold: number;
  sameDescription: 'same-split' | 'keep-highest-priority';
  nearDuplicates: 'group' | 'keep-one';
  curriculum: boolean;
  allowedImports: string[];
  sources: SourceSpec[];
}

export function resolveManimConfigPath(env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, env['MANIM_CONFIG'] || DEFAULT_MANIM_CONFIG);
}

export function parseManimConfig(text: string, configPath: string): ManimConfig {
  const raw = parseJsonDocument(text, RawManimConfig, configPath);
  const seen = new Set<string>();
  raw.sources.forEach((source, index) => {
    if (seen.has(source.name)) {
      throw new InputError(configPath, null, `sources[${index}].name`, `duplicate source name "${source.name}"`);
    }
    seen.add(source.name);
  });
  const base = dirname(configPath);
  return {
    configPath,
    systemPrompt: raw.systemPrompt,
    seed: raw.seed,
    nearDuplicateThreshold: raw.nearDuplicateThreshold,
    sameDescription: raw.sameDescription,
    nearDuplicates: raw.nearDuplicates,
    curriculum: raw.curriculum,
    allowedImports: raw.allowedImports,
    sources: raw.sources.map((source) => ({
      name: source.name,
      kind: source.kind,
      path: isAbsolute(source.path) ? source.path : resolve(base, source.path),
      priority: source.priority,
      precleaned: source.precleaned,
      producedBy: source.producedBy ?? null,
    })),
  };
}

export function loadManimConfig(configPath: string): ManimConfig {
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    throw new InputError(configPath, null, null, `cannot read the Manim sources config (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseManimConfig(text, configPath);
}
