import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdsRelease, publishRelease } from './publish';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const release = (n: number) => new Map([['train.jsonl', `{"n":${n}}\n`], ['stats.json', '{}\n']]);

describe('publishRelease', () => {
  it('writes <tag> first, then reports an identical dataset without writing', () => {
    const root = temp();
    expect(publishRelease(root, 'v1', release(1))).toMatchObject({ kind: 'written', name: 'v1' });
    const mtime = statSync(join(root, 'v1', 'train.jsonl')).mtimeMs;
    expect(publishRelease(root, 'v1', release(1))).toMatchObject({ kind: 'identical', name: 'v1' });
    expect(statSync(join(root, 'v1', 'train.jsonl')).mtimeMs).toBe(mtime);
  });

  it('never overwrites a different dataset: it takes <tag>-1, <tag>-2', () => {
    const root = temp();
    publishRelease(root, 'v1', release(1));
    expect(publishRelease(root, 'v1', release(2))).toMatchObject({ kind: 'written', name: 'v1-1' });
    expect(publishRelease(root, 'v1', release(3))).toMatchObject({ kind: 'written', name: 'v1-2' });
    expect(publishRelease(root, 'v1', release(2))).toMatchObject({ kind: 'identical', name: 'v1-1' });
    expect(holdsRelease(join(root, 'v1'), release(1))).toBe(true);
  });

  it('treats a folder with an extra file as a different dataset', () => {
    const root = temp();
    publishRelease(root, 'v1', release(1));
    writeFileSync(join(root, 'v1', 'notes.txt'), 'mine');
    expect(publishRelease(root, 'v1', release(1))).toMatchObject({ kind: 'written', name: 'v1-1' });
  });

  it('leaves no staging folder behind', () => {
    const root = temp();
    publishRelease(root, 'v1', release(1));
    expect(readdirSync(root)).toEqual(['v1']);
  });
});
