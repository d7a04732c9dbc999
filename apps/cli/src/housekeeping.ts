import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pruneFileStore } from '@dataset/partitions';
import { pruneKeptClusters } from '@dataset/sources/embedded';
import { partitionsDir } from './partitions';

// Apart from partitions.ts on purpose: every stage imports that module, and only `upload` and the database
// loader need the embedded database's code, which would otherwise be a code input of every stage.

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
