import { existsSync, readFileSync } from 'node:fs';
import { loadConfig, resolveConfigPath, type DatasetConfig } from '@dataset/config';
import { IgnoredFieldTally, InputError, type CanonicalTemplate, type IgnoredField, type TemplateLocator } from '@dataset/domain';
import { parseCuratedPrompts, parsePromptOverrides, type CuratedPrompt, type PromptOverrides } from '@dataset/prompts';
// Subpaths, not the package: fingerprints load this module on every build and must not load the pg driver.
import { readTsxFolder } from '@dataset/sources/files';
import type { FoundCode } from '@dataset/sources/code';
import { parseCanonicalMetadata } from '@dataset/sources/metadata';

/**
 * What each stage reads besides its upstream assets. A stage's Nx runtime input hashes exactly the value
 * its loader returns here, so the cache key and the stage can never disagree about what was read.
 */
export function currentConfig(): DatasetConfig {
  return loadConfig(resolveConfigPath(process.env, process.cwd()));
}

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new InputError(file, null, null, `${what} not found`);
  return readFileSync(file, 'utf8');
}

export function loadMetadata(config: DatasetConfig, ignored?: IgnoredFieldTally): CanonicalTemplate[] {
  return parseCanonicalMetadata(readText(config.metadata, 'canonical metadata'), config.metadata, ignored);
}

export interface RawStageInputs {
  table: string;
  schema: string | null;
  embeddedDatabase: string;
  /** Code over this many UTF-8 bytes is refused before any expensive work. */
  maxCodeBytes: number;
  /** Only what `raw` and its downstream use of metadata: editing a description must not rerun `raw`. */
  templates: TemplateLocator[];
  /** The metadata's fields that nothing reads: `raw`'s manifest lists them (the metadata's only reporter). */
  ignoredFields: IgnoredField[];
  overrides: Record<string, FoundCode>;
  registry: Record<string, FoundCode>;
}

/** What `raw` needs of the metadata: where each template's code lives, what the raw record carries, what was ignored. */
export function loadRawMetadata(config: DatasetConfig): Pick<RawStageInputs, 'templates' | 'ignoredFields'> {
  const ignored = new IgnoredFieldTally();
  const templates = loadMetadata(config, ignored).map(({ id, name, source, duration, supportedFormats }) => ({ id, name, source, duration, supportedFormats }));
  return { templates, ignoredFields: ignored.fields() };
}

export function loadRawInputs(config: DatasetConfig): RawStageInputs {
  return { ...loadRawSources(config), ...loadRawMetadata(config) };
}

/** Everything `raw` reads besides the metadata: the table, and the override and registry folders. */
export function loadRawSources(config: DatasetConfig): Omit<RawStageInputs, 'templates' | 'ignoredFields'> {
  return {
    table: config.table,
    schema: config.schema,
    embeddedDatabase: config.embeddedDatabase,
    maxCodeBytes: config.maxCodeBytes,
    overrides: Object.fromEntries(readTsxFolder(config.overrides)),
    registry: Object.fromEntries(readTsxFolder(config.registry)),
  };
}

export interface PromptStageInputs {
  metadata: CanonicalTemplate[];
  curated: CuratedPrompt[];
  overrides: PromptOverrides;
  overridesFile: string | null;
  /** The prompt files' fields that nothing reads (the metadata's are `raw`'s to report). */
  ignoredFields: IgnoredField[];
}

export function loadPromptInputs(config: DatasetConfig): PromptStageInputs {
  const ignored = new IgnoredFieldTally();
  const curated = config.curatedPrompts.flatMap((file) => parseCuratedPrompts(readText(file, 'curated prompts file'), file, ignored));
  const file = config.promptOverrides;
  const overrides = file && existsSync(file) ? parsePromptOverrides(readFileSync(file, 'utf8'), file, ignored) : {};
  return { metadata: loadMetadata(config), curated, overrides, overridesFile: file, ignoredFields: ignored.fields() };
}

export interface SplitStageInputs {
  seed: number;
  systemPrompt: string;
}

export function loadSplitInputs(config: DatasetConfig): SplitStageInputs {
  return { seed: config.seed, systemPrompt: config.systemPrompt };
}
