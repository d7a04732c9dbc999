import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'assets-'));
process.env['DATASET_ASSET_ROOT'] = root;
const { writeAsset } = await import('./assets');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mtime = (file: string) => statSync(join(root, 'dedup', file)).mtimeMs;

describe('writeAsset', () => {
  it('leaves an identical asset untouched and replaces one that differs, in size or only in content', async () => {
    writeAsset('dedup', { 'groups.json': '{"a":1}\n', 'normalized.jsonl': 'x\n' });
    const first = mtime('groups.json');
    await new Promise((done) => setTimeout(done, 20));
    writeAsset('dedup', { 'groups.json': '{"a":1}\n', 'normalized.jsonl': 'x\n' });
    expect(mtime('groups.json')).toBe(first);

    writeAsset('dedup', { 'groups.json': '{"a":2}\n', 'normalized.jsonl': 'x\n' });
    expect(readFileSync(join(root, 'dedup/groups.json'), 'utf8')).toBe('{"a":2}\n');
    writeAsset('dedup', { 'groups.json': '{"a":22}\n', 'normalized.jsonl': 'x\n' });
    expect(readFileSync(join(root, 'dedup/groups.json'), 'utf8')).toBe('{"a":22}\n');
    writeAsset('dedup', { 'groups.json': '{"a":22}\n' });
    expect(() => statSync(join(root, 'dedup/normalized.jsonl'))).toThrow();
  });
});
