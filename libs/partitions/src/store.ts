import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, sha256 } from '@dataset/domain';

/**
 * Content-addressed records of one stage's per-template results (Dagster's partitions, inside one Nx
 * target). A record is found only by the hash of everything that produced it, so reusing one is never
 * stale; deleting the store only costs time.
 */
export interface PartitionStore {
  get(key: string): string | undefined;
  put(key: string, value: string): void;
}

export function partitionKey(stageVersion: string, input: unknown): string {
  return sha256(`${stageVersion}\u0000${canonicalJson(input)}`);
}

/** One file per record under `<dir>/<stage>/<key[0..2]>/<key>`; written via rename so a crash leaves no torn record. */
export function fileStore(dir: string, stage: string): PartitionStore {
  const root = join(dir, stage);
  const pathOf = (key: string) => join(root, key.slice(0, 2), key);
  return {
    get(key) {
      const path = pathOf(key);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    put(key, value) {
      const path = pathOf(key);
      mkdirSync(join(root, key.slice(0, 2)), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, value);
      renameSync(temp, path);
    },
  };
}

/** A store that remembers nothing: the from-scratch build every incremental one must equal. */
export const noStore: PartitionStore = { get: () => undefined, put: () => undefined };
