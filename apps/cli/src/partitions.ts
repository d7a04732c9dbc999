import { resolve } from 'node:path';
import { codeVersion, fileStore, noStore, noTableStore, tableStore, type PartitionStore, type TableStore } from '@dataset/partitions';
import { memoCode } from '../graph/assets.mjs';

/**
 * Per-template records live outside the Nx outputs (Nx restores a target's outputs as a whole; these are
 * a memo keyed by content). `DATASET_PARTITIONS=off` gives a from-scratch build.
 */
export function partitionStore(stage: string): PartitionStore {
  if (process.env['DATASET_PARTITIONS'] === 'off') return noStore;
  return fileStore(partitionsDir(), stage);
}

export function partitionsDir(): string {
  return resolve(process.env['DATASET_PARTITIONS_DIR'] ?? '.cache/partitions');
}

/** Small per-item records (signatures, token counts, scan results) in one table file per stage. */
export function tableStoreFor(stage: string): TableStore {
  if (process.env['DATASET_PARTITIONS'] === 'off') return noTableStore;
  return tableStore(partitionsDir(), stage);
}

const versions = new Map<string, string>();

/**
 * The code version per-item records of a stage (or a narrower memo, see MEMO_CODE) are keyed by: the files
 * of its import closure, the same list its Nx target hashes, plus the lockfile for package versions.
 */
export function stageVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    const { files } = memoCode(process.cwd(), name);
    versions.set(name, (version = codeVersion(process.cwd(), [...files, 'package-lock.json'])));
  }
  return version;
}
