import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanedExample } from '../model';
import { writeParquetAtomic } from './files';
import { readExamplesParquet, writeExamplesParquet } from './examples';

const dir = mkdtempSync(join(tmpdir(), 'manim-parquet-'));
const example: CleanedExample = {
  exampleId: 's:a.jsonl:1',
  source: 's',
  locator: 'a.jsonl:1',
  description: 'Draw — a circle',
  descriptionOrigin: 'record',
  code: 'from manim import *',
  codeSha256: 'a'.repeat(64),
  normalizedCode: 'from manim import *',
  normalizedSha256: 'b'.repeat(64),
  sceneClasses: ['A'],
  lines: 1,
  tokens: 5,
  fixes: ['FENCE_STRIPPED'],
};

describe('examples parquet', () => {
  it('round-trips rows and extra columns, with identical bytes for identical rows', async () => {
    const [a, b] = [join(dir, 'a.parquet'), join(dir, 'b.parquet')];
    const rows = [example, { ...example, exampleId: 's:a.jsonl:2', description: null, descriptionOrigin: 'pending' as const, fixes: [] }];
    writeExamplesParquet(a, rows, [['split', 'STRING', ['train', 'test']]]);
    writeExamplesParquet(b, rows, [['split', 'STRING', ['train', 'test']]]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const read = await readExamplesParquet(a);
    expect(read.examples).toEqual(rows);
    expect(read.extra).toEqual([{ split: 'train' }, { split: 'test' }]);
  });

  it('writes an empty source as a valid empty file', async () => {
    const path = join(dir, 'empty.parquet');
    writeExamplesParquet(path, []);
    expect((await readExamplesParquet(path)).examples).toEqual([]);
  });

  it('names the row and field of a malformed file', async () => {
    const path = join(dir, 'bad.parquet');
    writeParquetAtomic(path, [{ name: 'example_id', type: 'STRING', data: ['x'] }]);
    await expect(readExamplesParquet(path)).rejects.toThrow(/bad\.parquet:1 \(field source\)/);
  });
});
