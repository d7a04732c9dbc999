import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeVersion, fileStore, formatPartitionWork, materializePartitions, noStore, tableStore } from './index';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'partitions-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function spec(store: ReturnType<typeof fileStore>, version: string, seen: string[]) {
  return {
    version,
    store,
    keyOf: (item: { id: string; text: string }) => item,
    compute: async (items: { id: string; text: string }[]) => items.map((i) => (seen.push(i.id), i.text.toUpperCase())),
    encode: (o: string) => o,
    decode: (t: string) => t,
  };
}

describe('materializePartitions', () => {
  it('recomputes only the items whose key changed and keeps order', async () => {
    const store = fileStore(temp(), 'stage');
    const items = [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
      { id: 'c', text: 'three' },
    ];
    const first: string[] = [];
    expect((await materializePartitions(items, spec(store, 'v1', first))).outputs).toEqual(['ONE', 'TWO', 'THREE']);
    expect(first).toEqual(['a', 'b', 'c']);
    const second: string[] = [];
    const changed = [items[0]!, { id: 'b', text: 'deux' }, items[2]!];
    const run = await materializePartitions(changed, spec(store, 'v1', second));
    expect(run.outputs).toEqual(['ONE', 'DEUX', 'THREE']);
    expect(second).toEqual(['b']);
    expect(formatPartitionWork(run)).toBe('1 rebuilt, 2 reused');
  });

  it('recomputes everything when the code version changes', async () => {
    const store = fileStore(temp(), 'stage');
    const items = [{ id: 'a', text: 'x' }];
    await materializePartitions(items, spec(store, 'v1', []));
    const seen: string[] = [];
    await materializePartitions(items, spec(store, 'v2', seen));
    expect(seen).toEqual(['a']);
  });

  it('gives the same outputs with no store at all', async () => {
    const items = [{ id: 'a', text: 'x' }];
    expect((await materializePartitions(items, spec(noStore, 'v1', []))).outputs).toEqual(['X']);
  });
});

describe('codeVersion', () => {
  it('changes with any source file and ignores tests', () => {
    const root = temp();
    mkdirSync(join(root, 'lib'));
    writeFileSync(join(root, 'lib/a.ts'), 'export const a = 1;');
    const v1 = codeVersion(root, ['lib']);
    writeFileSync(join(root, 'lib/a.test.ts'), 'test');
    expect(codeVersion(root, ['lib'])).toBe(v1);
    writeFileSync(join(root, 'lib/a.ts'), 'export const a = 2;');
    expect(codeVersion(root, ['lib'])).not.toBe(v1);
  });
});

describe('tableStore', () => {
  it('keeps records across runs in one file and drops the ones no run asked for', async () => {
    const dir = temp();
    const first = tableStore(dir, 'memo');
    first.put('k1', 'one');
    first.put('k2', 'two');
    first.save();
    const second = tableStore(dir, 'memo');
    expect(second.get('k1')).toBe('one');
    expect(second.get('k3')).toBeUndefined();
    second.save();
    const third = tableStore(dir, 'memo');
    expect(third.get('k1')).toBe('one');
    expect(third.get('k2')).toBeUndefined();
  });

  it('recomputes a record whose line is damaged instead of failing', async () => {
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'memo.table.jsonl'), '["k1","one"]\n["k2", tru\n');
    const store = tableStore(dir, 'memo');
    expect(store.get('k1')).toBe('one');
    expect(store.get('k2')).toBeUndefined();
  });
});
