import type { DatasetConfig } from '@dataset/config';
import { IgnoredFieldTally, type IgnoredField, type TemplateLocator } from '@dataset/domain';
// Subpaths, not the package: fingerprints load this module on every build and must not load the pg driver.
import { readTsxFolder } from '@dataset/sources/files';
import type { FoundCode } from '@dataset/sources/code';
import { loadMetadata } from './metadata';

/**
 * What `raw` reads besides its upstream assets. Its Nx runtime input hashes exactly the value these
 * loaders return, so the cache key and the stage can never disagree about what was read.
 */
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
