import { resolve } from 'node:path';
import { codeVersion, fileStore, noStore, noTableStore, tableStore, type PartitionStore, type TableStore } from '@dataset/partitions';

/**
 * Per-template records live outside the Nx outputs (Nx restores a target's outputs as a whole; these are
 * a memo keyed by content). `DATASET_PARTITIONS=off` gives a from-scratch build.
 */
export function partitionStore(stage: string): PartitionStore {
  if (process.env['DATASET_PARTITIONS'] === 'off') return noStore;
  return fileStore(resolve(process.env['DATASET_PARTITIONS_DIR'] ?? '.cache/partitions'), stage);
}

/**
 * Where the embedded database keeps its loaded cluster between builds: a memo like the partition records
 * (it holds nothing the seed files do not), so `DATASET_PARTITIONS=off` loads every row afresh.
 */
export function keptDatabaseDir(): string | undefined {
  if (process.env['DATASET_PARTITIONS'] === 'off') return undefined;
  return resolve(process.env['DATASET_PARTITIONS_DIR'] ?? '.cache/partitions', 'embedded-database');
}

/** Small per-item records (signatures, token counts, scan results) in one table file per stage. */
export function tableStoreFor(stage: string): TableStore {
  if (process.env['DATASET_PARTITIONS'] === 'off') return noTableStore;
  return tableStore(resolve(process.env['DATASET_PARTITIONS_DIR'] ?? '.cache/partitions'), stage);
}

/** The code each per-template stage's results depend on, beyond the item itself. */
const STAGE_CODE: Record<string, string[]> = {
  raw: ['libs/domain/src', 'libs/sources/src', 'apps/cli/src/stages/raw.ts'],
  sanitized: ['libs/domain/src', 'libs/sanitize/src', 'apps/cli/src/stages/sanitized.ts', 'apps/cli/src/workers', 'package-lock.json'],
  // Prettier's output for a printed module: the sanitizer's formatting step alone.
  'sanitized-format': ['libs/sanitize/src/formatting.ts', 'package-lock.json'],
  // The runtime fingerprints of `raw` and `prompts`: what reads and parses the files they hash.
  fingerprints: ['apps/cli/src/inputs.ts', 'apps/cli/src/fingerprint.ts', 'libs/domain/src', 'libs/config/src', 'libs/sources/src', 'libs/prompts/src', 'package-lock.json'],
  prompts: ['libs/domain/src', 'libs/prompts/src', 'apps/cli/src/stages/prompts.ts'],
  dedup: ['libs/dedup/src'],
  // The tokenizer's and secretlint's versions come with the lockfile.
  checks: ['libs/domain/src', 'libs/checks/src', 'package-lock.json'],
  rendered: ['libs/domain/src', 'libs/config/src/render.ts', 'libs/render/src', 'libs/sanitize/src/contract.ts', 'libs/sanitize/src/formatting.ts', 'apps/cli/src/stages/rendered.ts', 'package-lock.json'],
};

export function stageVersion(stage: keyof typeof STAGE_CODE & string): string {
  const paths = STAGE_CODE[stage];
  if (!paths) throw new Error(`no code paths declared for stage ${stage}`);
  return codeVersion(process.cwd(), paths);
}
