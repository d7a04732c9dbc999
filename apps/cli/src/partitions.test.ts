import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneUnusedRecords } from './housekeeping';
import { partitionStore } from './partitions';

const DAY = 24 * 60 * 60 * 1000;

describe('pruneUnusedRecords', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'partitions-prune-'));
    process.env['DATASET_PARTITIONS_DIR'] = dir;
    delete process.env['DATASET_PARTITIONS'];
    delete process.env['DATASET_PARTITIONS_KEEP_DAYS'];
  });
  afterEach(() => {
    process.env = { ...saved };
    rmSync(dir, { recursive: true, force: true });
  });

  const age = (path: string, days: number) => {
    const then = new Date(Date.now() - days * DAY);
    utimesSync(path, then, then);
  };

  it('removes records and kept clusters unused for 14 days, at most once a day, and never a held cluster', () => {
    const store = partitionStore('sanitized');
    const [old, recent] = ['aa'.padEnd(64, '0'), 'ab'.padEnd(64, '0')];
    store.put(old, 'old');
    store.put(recent, 'recent');
    age(join(dir, 'sanitized', 'aa', old), 20);
    age(join(dir, 'sanitized', 'ab', recent), 3);
    const cluster = (name: string, days: number, lockedBy?: number) => {
      const home = join(dir, 'embedded-database', 'pglite-0.0.0', name);
      mkdirSync(join(home, 'pgdata'), { recursive: true });
      if (lockedBy) writeFileSync(join(home, 'lock'), String(lockedBy));
      age(home, days);
      return home;
    };
    const unused = cluster('unused', 30);
    const held = cluster('held', 30, process.pid);
    const used = cluster('used', 1);

    expect(pruneUnusedRecords()?.removed).toBe(1);
    expect(store.get(old)).toBeUndefined();
    expect(store.get(recent)).toBe('recent');
    expect([existsSync(unused), existsSync(held), existsSync(used)]).toEqual([false, true, true]);

    store.put(old, 'old');
    age(join(dir, 'sanitized', 'aa', old), 20);
    expect(pruneUnusedRecords()).toBeUndefined();
    expect(pruneUnusedRecords(Date.now() + 2 * DAY)?.removed).toBe(1);
  });

  it('keeps what the number of days in DATASET_PARTITIONS_KEEP_DAYS covers, and refuses a value that is not one', () => {
    const store = partitionStore('prompts');
    const key = 'cd'.padEnd(64, '0');
    store.put(key, 'kept');
    age(join(dir, 'prompts', 'cd', key), 20);
    process.env['DATASET_PARTITIONS_KEEP_DAYS'] = '30';
    expect(pruneUnusedRecords()).toEqual({ removed: 0, keepDays: 30 });
    expect(store.get(key)).toBe('kept');
    process.env['DATASET_PARTITIONS_KEEP_DAYS'] = 'a fortnight';
    expect(() => pruneUnusedRecords(Date.now() + 2 * DAY)).toThrow(/DATASET_PARTITIONS_KEEP_DAYS must be a positive number/);
  });
});
