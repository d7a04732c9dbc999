import { existsSync, readFileSync } from 'node:fs';
import type { DatasetConfig } from '@dataset/config';
import { InputError, type CanonicalTemplate, type IgnoredFieldTally } from '@dataset/domain';
// Subpaths, not the package: fingerprints load this module on every build and must not load the pg driver.
import { parseCanonicalMetadata } from '@dataset/sources/metadata';

export function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new InputError(file, null, null, `${what} not found`);
  return readFileSync(file, 'utf8');
}

export function loadMetadata(config: DatasetConfig, ignored?: IgnoredFieldTally): CanonicalTemplate[] {
  return parseCanonicalMetadata(readText(config.metadata, 'canonical metadata'), config.metadata, ignored);
}
