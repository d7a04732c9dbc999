import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempWorkspace, nxEnv, runNx, runNxAsync, snapshotContents, type TempWorkspace } from '@dataset/harness';
import { TrialRandom } from './mutations';

/**
 * Faults: a build killed at a random point (SIGKILL, every process of it, as a power cut or an OOM kill
 * would) must leave nothing a reader or the next build can mistake for a result — no partial release in the
 * releases folder, no staging folder after the next run, no memo of a failure the kill caused — and the next
 * run must publish the bytes a clean build publishes. Two builds started at once in one workspace must both
 * succeed, one waiting for the other, and publish what one build publishes.
 *
 * The kill points are drawn from a seed: fixed in CI, random locally (printed, `FAULT_SEED` replays it).
 */

const TRIALS = Number(process.env['FAULT_TRIALS'] ?? 3);
const SEED = process.env['FAULT_SEED'] ? Number(process.env['FAULT_SEED']) : process.env['CI'] ? 20261203 : Math.floor(Math.random() * 2 ** 31);
/** The stages a trial may kill; the first trial kills `upload`, where a partial release used to be left. */
const STAGES = ['raw', 'sanitized', 'rendered', 'prompts', 'dedup', 'splits', 'checks', 'release', 'upload'];

const RELEASE = 'releases/v1';

describe('a build killed at random points', () => {
  let clean: TempWorkspace;
  let faulty: TempWorkspace;
  let cleanRelease: Map<string, string>;

  beforeAll(() => {
    clean = createTempWorkspace('dataset-faults-clean-');
    faulty = createTempWorkspace('dataset-faults-');
    expectOk(runNx(clean.root, ['run', 'dataset:upload']), 'the clean build');
    cleanRelease = snapshotContents(join(clean.root, RELEASE));
    expect(cleanRelease.size).toBeGreaterThan(0);
  });

  afterAll(() => {
    clean?.remove();
    faulty?.remove();
  });

  it(`leaves no partial release, no staging folder and no poisoned memo (${TRIALS} trials, FAULT_SEED=${SEED})`, async () => {
    const random = new TrialRandom(SEED);
    const log: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const stage = trial === 0 ? 'upload' : random.pick(STAGES);
      // `upload` is over within about a second (most of it Node starting); the other stages take seconds.
      const delayMs = random.int(stage === 'upload' ? 500 : 4_000);
      // So that the upload stage publishes rather than finding the release there already.
      if (stage === 'upload') rmSync(join(faulty.root, RELEASE), { recursive: true, force: true });
      // Every stage runs, so any of them can be the one killed; records and the Nx cache are still written.
      const build = startBuild(faulty.root, ['run', 'dataset:upload', '--skip-nx-cache']);
      const reached = await stageStarted(build, stage);
      if (reached) {
        await sleep(delayMs);
        killTree(build.pid);
      }
      const run = await build.done;
      log.push(`trial ${trial}: ${stage} +${delayMs} ms: ${run.signal ? `killed (${run.signal})` : `finished (${run.status})`}`);
      if (!run.signal) expectOk(run, `trial ${trial} (not killed)`);
      // What a reader listing the releases sees, right after the kill: nothing, or the complete release.
      expect(releaseListing(faulty.root), log.join('\n')).toEqual(existsSync(join(faulty.root, RELEASE)) ? ['v1'] : []);
      if (existsSync(join(faulty.root, RELEASE))) expect(snapshotContents(join(faulty.root, RELEASE)), log.join('\n')).toEqual(cleanRelease);
    }
    console.log(`faults (FAULT_SEED=${SEED}):\n  ${log.join('\n  ')}`);

    leaveLitterOfADeadProcess(faulty.root);
    const rerun = runNx(faulty.root, ['run', 'dataset:upload']);
    expectOk(rerun, `the rerun after the faults\n${log.join('\n')}`);
    expect(stagingLeft(faulty.root), log.join('\n')).toEqual([]);
    expect(snapshotContents(join(faulty.root, RELEASE)), log.join('\n')).toEqual(cleanRelease);
    expect(differingFiles(join(faulty.root, 'dist/assets'), join(clean.root, 'dist/assets')), log.join('\n')).toEqual([]);
    expect(poisonedMemos(join(faulty.root, '.cache/partitions'), join(clean.root, '.cache/partitions')), log.join('\n')).toEqual([]);
    // Every stage again, from the memos alone (no Nx cache): a memo of a failure the kill caused would show.
    expectOk(runNx(faulty.root, ['run', 'dataset:upload', '--skip-nx-cache']), 'the build from memos');
    expect(differingFiles(join(faulty.root, 'dist/assets'), join(clean.root, 'dist/assets')), log.join('\n')).toEqual([]);
  });

  it('runs two builds started at once in one workspace one after the other, both succeeding with one release', async () => {
    for (const dir of ['dist', 'releases', '.nx', '.cache']) rmSync(join(clean.root, dir), { recursive: true, force: true });
    const [first, second] = await Promise.all([runNxAsync(clean.root, ['run', 'dataset:upload']), runNxAsync(clean.root, ['run', 'dataset:upload'])]);
    expectOk(first!, 'the first of two concurrent builds');
    expectOk(second!, 'the second of two concurrent builds');
    const outputs = `${first!.output}\n${second!.output}`;
    expect(outputs).toMatch(/waiting for another build in this workspace to finish \(process \d+: nx run dataset:upload/);
    expect(outputs).toContain('upload: wrote release v1');
    expect(outputs).toContain('identical to release v1');
    expect(releaseListing(clean.root)).toEqual(['v1']);
    expect(snapshotContents(join(clean.root, RELEASE))).toEqual(cleanRelease);
    expect(stagingLeft(clean.root)).toEqual([]);
  });
});

interface Build {
  pid: number;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** `nx` in a process group of its own, so that the whole build can be killed. */
function startBuild(root: string, args: string[]): Build {
  const child = spawn(join(root, 'node_modules/.bin/nx'), [...args, '--outputStyle=static'], { cwd: root, env: nxEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return { pid: child.pid!, done: new Promise((done) => child.on('close', (status, signal) => done({ status, signal, output }))) };
}

/** Whether a process of `stage` started under the build before the build ended. */
async function stageStarted(build: Build, stage: string): Promise<boolean> {
  let ended = false;
  void build.done.then(() => (ended = true));
  while (!ended) {
    if (descendants(build.pid).some((pid) => commandLine(pid).includes(`apps/cli/bin/dataset.mjs ${stage}`))) return true;
    await sleep(50);
  }
  return false;
}

/**
 * SIGKILL to every process of the build. Nx starts each task in a process group of its own, so killing the
 * nx process's group alone would leave the stage running: the tree is stopped first (so that nothing starts a
 * process between listing and killing), then every process in it and every group they lead is killed.
 */
function killTree(root: number): void {
  const stopped = new Set<number>();
  for (let found = [root, ...descendants(root)]; found.some((pid) => !stopped.has(pid)); found = [root, ...descendants(root)]) {
    for (const pid of found.filter((pid) => !stopped.has(pid))) {
      signal(pid, 'SIGSTOP');
      stopped.add(pid);
    }
  }
  for (const pid of stopped) {
    signal(-pid, 'SIGKILL'); // its process group, where it leads one
    signal(pid, 'SIGKILL');
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // exited already, or leads no group
  }
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  for (let queue = [root]; queue.length > 0; ) {
    const next = children.get(queue.shift()!) ?? [];
    out.push(...next);
    queue.push(...next);
  }
  return out;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function expectOk(run: { status: number | null; output: string }, what: string): void {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.output.slice(-4000)}`);
}

function releaseListing(root: string): string[] {
  return existsSync(join(root, 'releases')) ? readdirSync(join(root, 'releases')).sort() : [];
}

/**
 * Staging a killed writer left, as a kill can leave it: a partial release beside the releases folder and
 * (as earlier versions staged) inside it, a partial asset in dist/assets' staging folder and among the assets.
 */
function leaveLitterOfADeadProcess(root: string): void {
  const dead = spawnSync('true').pid!;
  for (const dir of [`.staging/releases/v1.tmp-${dead}-1`, `releases/.v1.tmp-${dead}`, `dist/assets/.staging/sanitized.tmp-${dead}-1`, `dist/assets/raw.tmp-${dead}`]) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'train.jsonl'), '{"partial":');
  }
}

/** Staging folders anywhere a build writes: beside and in the releases folder, among the assets. */
function stagingLeft(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.name === '.staging' || /\.(tmp|old)-\d+/.test(entry.name)) found.push(relative(root, path));
      else if (entry.isDirectory()) walk(path);
    }
  };
  if (existsSync(join(root, '.staging'))) found.push('.staging');
  walk(join(root, 'releases'));
  walk(join(root, 'dist'));
  return found;
}

function differingFiles(left: string, right: string): string[] {
  const a = snapshotContents(left);
  const b = snapshotContents(right);
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/**
 * Memos (partition records and table rows) that the faulty workspace holds under the same key as a clean
 * build of the same tree, but with another value: a key is a hash of a record's inputs and code, so a
 * different value was written by a build the kill disturbed. (Some keys hold a workspace's absolute paths,
 * so not every key is in both; the build from memos alone covers those. Temporary files of a killed write
 * are not records: nothing reads them, and pruning removes them.)
 */
function poisonedMemos(faulty: string, clean: string): string[] {
  const records = (dir: string) => {
    const out = new Map<string, string>();
    for (const [file, digest] of snapshotContents(dir)) {
      if (/^[^/]+\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(file)) out.set(file, digest);
      else if (/^[^/]+\.table\.jsonl$/.test(file)) {
        for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
          const [key, value] = JSON.parse(line) as [string, string];
          out.set(`${file}#${key}`, value);
        }
      }
    }
    return out;
  };
  const expected = records(clean);
  return [...records(faulty)].filter(([key, value]) => expected.has(key) && expected.get(key) !== value).map(([key]) => key);
}
