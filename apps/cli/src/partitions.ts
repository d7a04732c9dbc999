import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeVersion, fileStore, noStore, noTableStore, pruneFileStore, tableStore, type PartitionStore, type TableStore } from '@dataset/partitions';
import { pruneKeptClusters } from '@dataset/sources/embedded';

/**
 * Per-template records live outside the Nx outputs (Nx restores a target's outputs as a whole; these are
 * a memo keyed by content). `DATASET_PARTITIONS=off` gives a from-scratch build.
 */
export function partitionStore(stage: string): PartitionStore {
  if (process.env['DATASET_PARTITIONS'] === 'off') return noStore;
  return fileStore(partitionsDir(), stage);
}

function partitionsDir(): string {
  return resolve(process.env['DATASET_PARTITIONS_DIR'] ?? '.cache/partitions');
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the records (and kept database clusters) no build has used for `DATASET_PARTITIONS_KEEP_DAYS`
 * days (14 by default), at most once a day: without it each code version of a stage would leave its
 * records behind for good (~40 MB of `sanitized` records per sanitizer version at 10,000 templates).
 * Returns what went, or undefined when it was not time yet.
 */
export function pruneUnusedRecords(now = Date.now()): { removed: number; keepDays: number } | undefined {
  if (process.env['DATASET_PARTITIONS'] === 'off') return undefined;
  const root = partitionsDir();
  const marker = join(root, '.last-pruned');
  try {
    if (now - statSync(marker).mtimeMs < DAY_MS) return undefined;
  } catch {
    // Never pruned here.
  }
  const keepDays = Number(process.env['DATASET_PARTITIONS_KEEP_DAYS'] ?? 14);
  if (!(keepDays > 0)) throw new Error(`DATASET_PARTITIONS_KEEP_DAYS must be a positive number of days, got "${process.env['DATASET_PARTITIONS_KEEP_DAYS']}"`);
  mkdirSync(root, { recursive: true });
  writeFileSync(marker, '');
  const unusedSince = now - keepDays * DAY_MS;
  let removed = 0;
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== KEPT_DATABASE) removed += pruneFileStore(root, entry.name, unusedSince).removed;
  }
  pruneKeptClusters(join(root, KEPT_DATABASE), unusedSince);
  return { removed, keepDays };
}

const KEPT_DATABASE = 'embedded-database';

/**
 * Where the embedded database keeps its loaded cluster between builds: a memo like the partition records
 * (it holds nothing the seed files do not), so `DATASET_PARTITIONS=off` loads every row afresh.
 */
export function keptDatabaseDir(): string | undefined {
  if (process.env['DATASET_PARTITIONS'] === 'off') return undefined;
  return join(partitionsDir(), KEPT_DATABASE);
}

/** Small per-item records (signatures, token counts, scan results) in one table file per stage. */
export function tableStoreFor(stage: string): TableStore {
  if (process.env['DATASET_PARTITIONS'] === 'off') return noTableStore;
  return tableStore(partitionsDir(), stage);
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
