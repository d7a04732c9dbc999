import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processStat, type ProcessId } from '@dataset/release/processes';
import { buildOwner, joinWorkspaceBuild, type BuildOwner, type ProcessInfo } from './workspace-lock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function lockDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A process that runs until the test ends it: a build's nx, or one of its stages. */
function running(): { id: ProcessId; child: ChildProcess } {
  const child = spawn('sleep', ['600']);
  cleanups.push(() => child.kill('SIGKILL'));
  return { id: { pid: child.pid!, start: processStat(child.pid!)!.start }, child };
}

function exited(): ProcessId {
  const child = spawnSync('true');
  return { pid: child.pid!, start: '1' };
}

const build = (id: ProcessId): BuildOwner => ({ ...id, command: 'nx run dataset:upload' });
const until = (child: ChildProcess) => new Promise((done) => child.once('exit', done));

describe('buildOwner', () => {
  const table: Record<number, ProcessInfo> = {
    40: { id: { pid: 40, start: '4' }, ppid: 1, argv: ['node', '/ws/node_modules/nx/bin/nx.js', 'run', 'dataset:e2e'] },
    50: { id: { pid: 50, start: '5' }, ppid: 40, argv: ['node', '/tmp/copy/node_modules/.bin/nx', 'run', 'dataset:upload'] },
    51: { id: { pid: 51, start: '6' }, ppid: 50, argv: ['/bin/sh', '-c', 'node apps/cli/bin/dataset.mjs raw'] },
    52: { id: { pid: 52, start: '7' }, ppid: 51, argv: ['node', 'apps/cli/bin/dataset.mjs', 'raw'] },
  };

  it('is the nearest nx CLI process up the ancestry, so a build run inside another build is its own', () => {
    expect(buildOwner(52, (pid) => table[pid])).toEqual({ pid: 50, start: '5', command: 'nx run dataset:upload' });
  });

  it('is the process itself when no nx runs it', () => {
    expect(buildOwner(52, (pid) => (pid === 52 ? { ...table[52]!, ppid: 1 } : undefined)).pid).toBe(process.pid);
  });
});

describe('joinWorkspaceBuild', () => {
  it('lets every stage of one build in, one after another or at once', async () => {
    const dir = lockDir();
    const nx = build(running().id);
    const stages = [running().id, running().id, running().id];
    const locks = await Promise.all(stages.map((member) => joinWorkspaceBuild({ dir, owner: nx, member })));
    locks.forEach((lock) => lock.release());
    expect(await joinWorkspaceBuild({ dir, owner: nx, member: stages[0] })).toBeDefined();
  });

  it("makes a second build wait, naming the first build's process, until that process has exited", async () => {
    const dir = lockDir();
    const first = running();
    const stage = await joinWorkspaceBuild({ dir, owner: build(first.id), member: running().id });
    const waitedFor: number[] = [];
    let joined = false;
    const second = joinWorkspaceBuild({ dir, owner: build(running().id), member: running().id, pollMs: 20, onWait: (holder) => waitedFor.push(holder.pid) }).then(() => (joined = true));
    await new Promise((done) => setTimeout(done, 300));
    expect(joined).toBe(false);
    expect(waitedFor).toEqual([first.id.pid]);
    stage.release();
    first.child.kill('SIGKILL');
    await until(first.child);
    await second;
    expect(joined).toBe(true);
  });

  it('takes over from a build whose process has exited, and from a pid now used by a later process', async () => {
    const dir = lockDir();
    writeFileSync(join(dir, '1.owner'), JSON.stringify(build(exited())));
    (await joinWorkspaceBuild({ dir, owner: build(running().id), member: running().id })).release();
    const reused = { pid: process.pid, start: 'an earlier start' };
    writeFileSync(join(dir, '3.owner'), JSON.stringify(build(reused)));
    await joinWorkspaceBuild({ dir, owner: build(running().id), member: running().id });
    expect(readdirSync(dir).filter((name) => name.endsWith('.owner'))).toEqual(['4.owner']);
  });

  it('waits for a stage of an ended build that still runs (its nx was killed, not the stage)', async () => {
    const dir = lockDir();
    const orphan = running();
    writeFileSync(join(dir, '1.owner'), JSON.stringify(build(exited())));
    writeFileSync(join(dir, `1.member-${orphan.id.pid}-${orphan.id.start}`), '');
    const waitedFor: number[] = [];
    const next = joinWorkspaceBuild({ dir, owner: build(running().id), member: running().id, pollMs: 20, onWait: (holder) => waitedFor.push(holder.pid) });
    await new Promise((done) => setTimeout(done, 300));
    expect(waitedFor).toEqual([orphan.id.pid]);
    orphan.child.kill('SIGKILL');
    await until(orphan.child);
    await next;
  });
});
