import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { currentProcess, isRunning, parseProcessTag, processStat, processTag, sameProcess, type ProcessId } from '@dataset/release/processes';

/**
 * One build at a time in a workspace. Two builds at once would read each other's half-written assets, and a
 * stage could be cached under a key computed from one build's upstream output while it read the other's.
 *
 * A build is not one process: Nx runs each stage as a process of its own, one after another or in parallel,
 * so a lock per stage would let two builds interleave stage by stage. The lock is owned by the build — the
 * `nx` process that runs it, found by walking up the stage's process ancestry — and every stage of that build
 * joins it, while a stage of another build waits until that `nx` process has exited.
 *
 * Files in `.cache/build-lock/`: `<n>.owner` names the build of generation n (its pid, start time and
 * command), and `<n>.member-<pid>-<start>` each stage of it that is running. The highest generation is the
 * current one. It is created with link(), which fails if another process created it first, so of two
 * processes that find the last build ended only one starts the next generation; nothing is ever taken from a
 * process that runs. A build has ended when its owner has exited (a reused pid is told apart by its start
 * time); a stage of it that still runs (its nx killed, not the stage) is waited for by the next build.
 */

/** The process a build is known by: the `nx` CLI process that runs it. */
export interface BuildOwner extends ProcessId {
  command: string;
}

export interface ProcessInfo {
  id: ProcessId;
  ppid: number;
  argv: string[];
}

export function readProcess(pid: number): ProcessInfo | undefined {
  const stat = processStat(pid);
  if (!stat) return undefined;
  let argv: string[] = [];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    // exited meanwhile: an ancestor without a command line is no nx CLI
  }
  return { id: { pid, start: stat.start }, ppid: stat.ppid, argv };
}

/** `node …/node_modules/.bin/nx …` or `node …/nx/bin/nx.js …` (how npx, a shell and the harness start it). */
const NX_CLI = /(?:^|\/)(?:\.bin\/nx|nx\/bin\/nx\.js)$/;

/**
 * The nearest ancestor of `pid` that runs the Nx CLI: an `nx` run inside a task of another (an end-to-end
 * test's build) is a build of its own. Without one (the CLI run by hand, or no /proc to walk), the process
 * itself.
 */
export function buildOwner(pid = process.pid, read: (pid: number) => ProcessInfo | undefined = readProcess): BuildOwner {
  for (let info = read(pid); info; info = info.ppid > 1 ? read(info.ppid) : undefined) {
    if (info.argv.slice(0, 2).some((arg) => NX_CLI.test(arg))) return { ...info.id, command: `nx ${info.argv.slice(2).join(' ')}`.slice(0, 200) };
  }
  return { ...currentProcess(), command: `dataset ${process.argv.slice(2).join(' ')}` };
}

export interface BuildLock {
  release(): void;
}

export interface JoinOptions {
  /** Where the lock's files are: `.cache/build-lock` under the workspace (the working directory of a stage). */
  dir?: string;
  owner?: BuildOwner;
  /** This process, as a member of the build. */
  member?: ProcessId;
  pollMs?: number;
  /** Told once per process it waits for. */
  onWait?: (holder: BuildOwner | ProcessId) => void;
}

/** Joins this process's build in the workspace, once no other build runs there. */
export async function joinWorkspaceBuild(options: JoinOptions = {}): Promise<BuildLock> {
  const dir = options.dir ?? resolve('.cache/build-lock');
  let owner = options.owner ?? buildOwner();
  const member = options.member ?? currentProcess();
  const pollMs = options.pollMs ?? 500;
  const told = new Set<string>();
  const wait = async (holder: BuildOwner | ProcessId) => {
    if (!told.has(processTag(holder))) options.onWait?.(holder);
    told.add(processTag(holder));
    await new Promise((done) => setTimeout(done, pollMs));
  };
  mkdirSync(dir, { recursive: true });
  for (;;) {
    // Its nx gone (killed), this process runs on its own: as a build of its own, after the next one if any.
    if (!isRunning(owner)) owner = { ...member, command: `dataset ${process.argv.slice(2).join(' ')}` };
    const current = currentGeneration(dir);
    const holder = current > 0 ? readOwner(dir, current) : undefined;
    if (!holder || !isRunning(holder)) {
      // No build, or it has ended: start the next generation, or find that another process just did.
      claim(dir, current + 1, owner, member);
      continue;
    }
    if (!sameProcess(holder, owner)) {
      await wait(holder);
      continue;
    }
    const membership = join(dir, `${current}.member-${processTag(member)}`);
    writeFileSync(membership, '');
    if (currentGeneration(dir) !== current || !isRunning(owner)) {
      // The build ended while this process joined it: look again.
      rmSync(membership, { force: true });
      continue;
    }
    for (let stale = runningMembersBefore(dir, current); stale; stale = runningMembersBefore(dir, current)) await wait(stale);
    removeGenerationsBefore(dir, current);
    const release = () => rmSync(membership, { force: true });
    process.once('exit', release);
    return { release };
  }
}

function currentGeneration(dir: string): number {
  return Math.max(0, ...readdirSync(dir).flatMap((name) => (/^\d+\.owner$/.test(name) ? [Number.parseInt(name, 10)] : [])));
}

function readOwner(dir: string, generation: number): BuildOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(join(dir, `${generation}.owner`), 'utf8')) as BuildOwner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined; // removed meanwhile, or not ours: no build to wait for
  }
}

/** Creates `<generation>.owner` whole or not at all (link fails if it exists). */
function claim(dir: string, generation: number, owner: BuildOwner, member: ProcessId): void {
  const temp = join(dir, `${generation}.owner.${processTag(member)}.tmp`);
  writeFileSync(temp, JSON.stringify(owner));
  try {
    linkSync(temp, join(dir, `${generation}.owner`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function runningMembersBefore(dir: string, generation: number): ProcessId | undefined {
  for (const name of readdirSync(dir)) {
    const match = /^(\d+)\.member-(.+)$/.exec(name);
    if (!match || Number(match[1]) >= generation) continue;
    const id = parseProcessTag(match[2]!);
    if (id && isRunning(id)) return id;
  }
  return undefined;
}

function removeGenerationsBefore(dir: string, generation: number): void {
  for (const name of readdirSync(dir)) {
    if (Number.parseInt(name, 10) < generation) rmSync(join(dir, name), { force: true });
  }
}
