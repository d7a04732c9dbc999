import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
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

/**
 * One file per record under `<dir>/<stage>/<key[0..2]>/<key>`; written via rename so a crash leaves no torn
 * record. Reading a record marks it used (its mtime), which is what `pruneFileStore` goes by.
 */
export function fileStore(dir: string, stage: string): PartitionStore {
  const root = join(dir, stage);
  const pathOf = (key: string) => join(root, key.slice(0, 2), key);
  return {
    get(key) {
      const path = pathOf(key);
      let value: string;
      try {
        value = readFileSync(path, 'utf8');
      } catch {
        // Not there (or pruned by another process a moment ago): a miss.
        return undefined;
      }
      try {
        const now = new Date();
        utimesSync(path, now, now);
      } catch {
        // A read-only or just-pruned record is still a hit; it may only be pruned sooner.
      }
      return value;
    },
    put(key, value) {
      const path = pathOf(key);
      mkdirSync(join(root, key.slice(0, 2)), { recursive: true });
      // Per thread, not only per process: sanitize workers of one process may write the same record at once.
      const temp = `${path}.${process.pid}-${threadId}.tmp`;
      writeFileSync(temp, value);
      renameSync(temp, path);
    },
  };
}

export interface PruneResult {
  removed: number;
  kept: number;
}

/**
 * Deletes the records of `<dir>/<stage>` that no build has read or written since `unusedSince` (ms since the
 * epoch), and temp files a crashed write left behind: records are a memo, so this only costs time should
 * those inputs come back. Without it every code version of a stage would leave its records forever.
 */
export function pruneFileStore(dir: string, stage: string, unusedSince: number): PruneResult {
  const root = join(dir, stage);
  const result: PruneResult = { removed: 0, kept: 0 };
  if (!existsSync(root)) return result;
  // Shard folders stay, even empty: another process may be about to write into one.
  for (const shard of readdirSync(root, { withFileTypes: true })) {
    if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
    for (const record of readdirSync(join(root, shard.name), { withFileTypes: true })) {
      if (!record.isFile()) continue;
      const path = join(root, shard.name, record.name);
      try {
        if (statSync(path).mtimeMs < unusedSince) {
          rmSync(path, { force: true });
          result.removed += 1;
        } else if (!record.name.endsWith('.tmp')) {
          result.kept += 1;
        }
      } catch {
        // Removed by another process meanwhile.
      }
    }
  }
  return result;
}

/** A store that remembers nothing: the from-scratch build every incremental one must equal. */
export const noStore: PartitionStore = { get: () => undefined, put: () => undefined };

/** A store kept in memory and saved as one file: for many small records, where a file each would cost more to open than to compute. */
export interface TableStore extends PartitionStore {
  /**
   * Writes the records this run read or wrote (atomically, via rename). Records no run asked for are left
   * out, so the table holds what the current inputs need and does not grow without bound.
   */
  save(): void;
}

/** `<dir>/<stage>.table.jsonl`, one `[key, value]` JSON array per line, sorted by key. */
export function tableStore(dir: string, stage: string): TableStore {
  const file = join(dir, `${stage}.table.jsonl`);
  const records = new Map<string, string>();
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const [key, value] = JSON.parse(line) as [string, string];
        if (typeof key === 'string' && typeof value === 'string') records.set(key, value);
      } catch {
        // A damaged line only costs its record's recomputation.
      }
    }
  }
  const used = new Map<string, string>();
  return {
    get(key) {
      const value = records.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    put(key, value) {
      records.set(key, value);
      used.set(key, value);
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const temp = `${file}.${process.pid}-${threadId}.tmp`;
      const lines = [...used].sort(([a], [b]) => (a < b ? -1 : 1)).map((record) => JSON.stringify(record));
      writeFileSync(temp, lines.length ? `${lines.join('\n')}\n` : '');
      renameSync(temp, file);
    },
  };
}

/** The in-memory counterpart of `noStore` for table users: remembers nothing, saves nothing. */
export const noTableStore: TableStore = { ...noStore, save: () => undefined };
