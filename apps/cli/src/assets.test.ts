import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, toJsonl } from '@dataset/domain';

// Assets live at dist/assets under the working directory, where Nx declares them: the test works in a scratch one.
const workspace = mkdtempSync(join(tmpdir(), 'assets-'));
const cwd = process.cwd();
process.chdir(workspace);
const root = join(workspace, 'dist/assets');
const { fileLines, jsonl, readAssetJsonl, removeAbandonedAssetStaging, writeAsset } = await import('./assets');
afterAll(() => {
  process.chdir(cwd);
  rmSync(workspace, { recursive: true, force: true });
});

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

  it('removes what a killed writer staged, and never what a running one is writing', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const abandoned = [join(root, '.staging', `raw.tmp-${dead}-1`), join(root, '.staging', `raw.old-${dead}-1`), join(root, `raw.tmp-${dead}`), join(root, `raw.old-${dead}`)];
    const running = join(root, '.staging', `sanitized.tmp-${process.ppid}`);
    for (const dir of [...abandoned, running]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'templates.jsonl'), '{"partial":true}\n');
    }
    removeAbandonedAssetStaging();
    expect(abandoned.filter((dir) => existsSync(dir))).toEqual([]);
    expect(existsSync(running)).toBe(true);
    rmSync(join(root, '.staging'), { recursive: true });
  });
});

describe('streamed JSONL assets', () => {
  const Row = z.strictObject({ id: z.number(), text: z.string() });

  it('writes the bytes toJsonl would and reads back the same rows', () => {
    const rows = Array.from({ length: 3000 }, (_, id) => ({ id, text: `scène ${id} — ${'é🎬'.repeat(id % 50)}\nline` }));
    writeAsset('prompts', { 'variants.jsonl': jsonl(rows), 'dropped.json': '[]\n' });
    expect(readFileSync(join(root, 'prompts/variants.jsonl'), 'utf8')).toBe(toJsonl(rows));
    expect(readAssetJsonl('prompts', 'variants.jsonl', Row)).toEqual(rows);
  });

  it('splits lines exactly as String.split does, whatever the chunk size and wherever a multi-byte character falls', () => {
    const file = join(root, 'lines.txt');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 12 }), fc.integer({ min: 1, max: 9 }), (parts, chunk) => {
        const text = parts.join('\n');
        writeFileSync(file, text);
        const expected = text.split('\n');
        // A file ending in a newline has no last, empty line to yield; split reports one.
        if (expected.at(-1) === '') expected.pop();
        expect([...fileLines(file, chunk)]).toEqual(expected.map((line) => Buffer.from(line).toString('utf8')));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the previous materialization and leaves no staging folder when a row cannot be written', () => {
    writeAsset('splits', { 'train.jsonl': jsonl([{ id: 1 }]) });
    const unserializable = { id: 2n };
    expect(() => writeAsset('splits', { 'train.jsonl': jsonl([{ id: 1 }, unserializable]) })).toThrow(/BigInt/);
    expect(readFileSync(join(root, 'splits/train.jsonl'), 'utf8')).toBe('{"id":1}\n');
    expect(readdirSync(root).filter((name) => name.startsWith('splits.') || name === '.staging')).toEqual([]);
  });

  it('names the file and line of a row that does not match its schema', () => {
    writeAsset('prompts', { 'variants.jsonl': '{"id":1,"text":"a"}\n\n{"id":"2","text":"b"}\n' });
    const read = () => readAssetJsonl('prompts', 'variants.jsonl', Row);
    expect(read).toThrow(InputError);
    expect(read).toThrow(/variants\.jsonl:3 \(field id\)/);
  });
});

describe('reads checked against the graph', () => {
  it('lets a stage read only its declared upstream assets and files', async () => {
    const { assetPath, materializingAsset } = await import('./assets');
    materializingAsset('dedup');
    expect(() => assetPath('rendered', 'scenes.jsonl')).not.toThrow();
    expect(() => assetPath('rendered', 'summary.json')).toThrow(/dedup reads rendered\/summary\.json, which its upstreamFiles "\*\*\/\*\.jsonl"/);
    expect(() => assetPath('prompts', 'variants.jsonl')).toThrow(/dedup reads asset prompts, which is not one of its upstream assets/);
    expect(() => assetPath('dedup', 'groups.json')).not.toThrow();
  });
});
