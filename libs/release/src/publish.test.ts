import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdsRelease, publishRelease, releaseStaging } from './publish';
import { currentProcess, processTag } from './processes';

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

  it('is the same release when only the report or thumbnails differ, and another when training data or stats do', () => {
    const root = temp();
    const withLook = (n: number, pixel: string) => new Map([...release(n), ['report.html', `<p>${pixel}</p>`], ['thumbnails/a.png', pixel]]);
    publishRelease(root, 'v1', withLook(1, 'p1'));
    expect(publishRelease(root, 'v1', withLook(1, 'p2'))).toMatchObject({ kind: 'identical', name: 'v1' });
    expect(publishRelease(root, 'v1', new Map([...withLook(1, 'p1'), ['stats.json', '{"renderValidation":{"ran":true}}\n']]))).toMatchObject({ kind: 'written', name: 'v1-1' });
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

  it('stages beside the release folder, never in its listing', () => {
    const releases = join(temp(), 'releases');
    mkdirSync(releases);
    expect(releaseStaging(releases).dir).toBe(join(releases, '..', '.staging', 'releases'));
  });

  it('removes what a killed publisher staged, beside the release folder and, from earlier versions, inside it', () => {
    const parent = temp();
    const releases = join(parent, 'releases');
    const dead = deadProcessTag();
    const partial = (dir: string) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'train.jsonl'), '{"n":1}\n');
    };
    partial(join(parent, '.staging', 'releases', `v1.tmp-${dead}`));
    partial(join(releases, `.v1.tmp-${dead.split('-')[0]}`));
    publishRelease(releases, 'v1', release(1));
    expect(readdirSync(releases)).toEqual(['v1']);
    expect(existsSync(join(parent, '.staging'))).toBe(false);
  });

  it("never removes a running publisher's staging folder", () => {
    const parent = temp();
    const releases = join(parent, 'releases');
    const live = join(parent, '.staging', 'releases', `v1.tmp-${processTag(currentProcess())}`);
    mkdirSync(live, { recursive: true });
    publishRelease(releases, 'v2', release(1));
    expect(existsSync(live)).toBe(true);
  });
});

/** The tag a process that has exited had: its pid is free (or another process's, started later). */
function deadProcessTag(): string {
  const child = spawnSync(process.execPath, ['-e', 'console.log(require("fs").readFileSync("/proc/self/stat", "utf8"))'], { encoding: 'utf8' });
  const stat = child.stdout;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return `${child.pid}-${fields[19]}`;
}
