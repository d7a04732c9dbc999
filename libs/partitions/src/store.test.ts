import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStore, pruneFileStore } from './store';

const dir = mkdtempSync(join(tmpdir(), 'partition-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One worker thread of this process putting the same record `times` times through the real store module. */
function putFromThread(times: number, value: string): Promise<void> {
  const store = pathToFileURL(join(import.meta.dirname, 'store.ts')).href;
  const body = `
    const { workerData, parentPort } = require('node:worker_threads');
    import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.store, workerData.store)).then(({ fileStore }) => {
      const store = fileStore(workerData.dir, 'shared');
      for (let i = 0; i < workerData.times; i += 1) store.put('ab'.padEnd(64, '0'), workerData.value);
      parentPort.postMessage('done');
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(body, { eval: true, workerData: { store, dir, times, value } });
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
}

describe('fileStore', () => {
  it('lets threads of one process write the same record at once: every put lands whole, no temp file is left', async () => {
    const value = 'x'.repeat(256 * 1024);
    await Promise.all([putFromThread(150, value), putFromThread(150, value), putFromThread(150, value)]);
    expect(fileStore(dir, 'shared').get('ab'.padEnd(64, '0'))).toBe(value);
    expect(readdirSync(join(dir, 'shared', 'ab')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('pruneFileStore', () => {
  it('deletes the records no build has used since the cutoff, keeps the ones a get or put touched', () => {
    const root = mkdtempSync(join(tmpdir(), 'partition-prune-'));
    try {
      const store = fileStore(root, 'stage');
      const keys = ['aa', 'ab', 'ba'].map((prefix) => prefix.padEnd(64, '1'));
      for (const key of keys) store.put(key, `value of ${key}`);
      const past = new Date(Date.now() - 30 * 24 * 3600 * 1000);
      for (const key of keys) utimesSync(join(root, 'stage', key.slice(0, 2), key), past, past);
      writeFileSync(join(root, 'stage', 'aa', `${keys[0]}.123-0.tmp`), 'torn');
      utimesSync(join(root, 'stage', 'aa', `${keys[0]}.123-0.tmp`), past, past);

      expect(store.get(keys[1]!)).toBe(`value of ${keys[1]}`);
      store.put(keys[2]!, 'rewritten');
      expect(pruneFileStore(root, 'stage', Date.now() - 14 * 24 * 3600 * 1000)).toEqual({ removed: 2, kept: 2 });
      expect(store.get(keys[0]!)).toBeUndefined();
      expect(store.get(keys[1]!)).toBe(`value of ${keys[1]}`);
      expect(store.get(keys[2]!)).toBe('rewritten');
      expect(readdirSync(join(root, 'stage', 'aa'))).toEqual([]);
      store.put(keys[0]!, 'again');
      expect(store.get(keys[0]!)).toBe('again');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
