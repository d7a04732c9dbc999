import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** A throwaway copy of the workspace: sources copied, third-party packages linked, our own packages linked to the copy. */
export interface TempWorkspace {
  root: string;
  remove(): void;
}

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return [...new Set(out.split('\0').filter(Boolean))];
}

export interface WorkspaceOptions {
  /**
   * Keep the render stage on. Off by default: rendering costs a minute per cold build, and only the suites
   * about rendering (and the demo-corpus run in CI) need it; with it off the stage passes scenes through.
   */
  render?: boolean;
}

export function createTempWorkspace(prefix = 'dataset-e2e-', options: WorkspaceOptions = {}): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const file of trackedFiles()) {
    const from = join(REPO_ROOT, file);
    try {
      if (!statSync(from).isFile()) continue;
    } catch {
      continue; // deleted in the working tree but still in the index
    }
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(from, join(root, file));
  }
  linkNodeModules(root);
  const configPath = join(root, 'data/dataset.config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  // With rendering on, a frame gets two minutes: a healthy demo scene needs seconds, and a loaded CI machine
  // must never turn one into a RENDER_TIMEOUT.
  const render = options.render ? { ...(config['render'] as Record<string, unknown> | undefined), timeoutMs: 120_000 } : false;
  writeFileSync(configPath, JSON.stringify({ ...config, render }, null, 2) + '\n');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Third-party packages are symlinked (fast, read-only use), but `@dataset/*` must resolve to the copy's
 * own libs, or an edit to a lib in the copy would silently run the original.
 */
function linkNodeModules(root: string): void {
  const source = join(REPO_ROOT, 'node_modules');
  const target = join(root, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(source)) {
    if (entry === '@dataset') continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
  mkdirSync(join(target, '@dataset'));
  for (const link of readdirSync(join(source, '@dataset'))) {
    const real = relative(REPO_ROOT, resolve(join(source, '@dataset'), readlinkRelative(join(source, '@dataset', link))));
    symlinkSync(join(root, real), join(target, '@dataset', link));
  }
}

function readlinkRelative(path: string): string {
  return execFileSync('readlink', [path], { encoding: 'utf8' }).trim();
}

export type TaskStatus = 'ran' | 'cache';

export interface NxRun {
  status: number;
  output: string;
  /** target → whether Nx ran it or took it from the cache, for tasks of project `dataset`. */
  tasks: Map<string, TaskStatus>;
}

export function nxEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true', ...extra };
  delete env['DATABASE_URL'];
  delete env['DATASET_CONFIG'];
  // What an outer Nx (the e2e target itself) tells its task must not reach the nested build. Above all
  // NX_INVOCATION_ROOT_PID: Nx records each task it starts under that pid and a SIGKILLed nested build never
  // removes its records, so the next nested build under the same outer pid was refused as "recursive".
  for (const name of Object.keys(env)) {
    if (/^NX_(TASK_|INVOCATION_|TERMINAL_|STREAM_OUTPUT|PREFIX_OUTPUT|WORKSPACE_ROOT|SKIP_NX_CACHE|SET_CLI)/.test(name)) delete env[name];
  }
  // A developer's own settings must not leak into a temp workspace: no team remote cache, no shared partition records.
  for (const name of ['NX_SELF_HOSTED_REMOTE_CACHE_SERVER', 'NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN', 'DATASET_PARTITIONS', 'DATASET_PARTITIONS_DIR']) {
    delete env[name];
  }
  return { ...env, ...extra };
}

/**
 * A hung build fails a test instead of stalling the suite. Generous on purpose: CI machines are shared and
 * loaded, and a slow machine must never fail a test; a demo build with rendering takes ~2 min here.
 */
const nxTimeoutMs = () => Number(process.env['DATASET_NX_TIMEOUT_MS'] ?? 2_400_000);

/** Said in the output, so a killed build is never mistaken for a failing one. */
function killedNote(signal: NodeJS.Signals | null, timedOut: boolean): string {
  return timedOut || signal ? `\n[harness] nx was killed (${signal ?? 'SIGTERM'}) after ${Math.round(nxTimeoutMs() / 1000)} s (DATASET_NX_TIMEOUT_MS)\n` : '';
}

/** Runs `nx run dataset:<target>` and reads, per task, whether it ran or was a cache hit. */
export function runNx(root: string, args: string[], extraEnv: Record<string, string> = {}): NxRun {
  const result = spawnSync(join(root, 'node_modules/.bin/nx'), [...args, '--outputStyle=static'], {
    cwd: root,
    env: nxEnv(extraEnv),
    encoding: 'utf8',
    timeout: nxTimeoutMs(),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return readNxRun(result.status ?? -1, `${result.stdout}\n${result.stderr}${killedNote(result.signal, timedOut)}`);
}

/** `runNx` without blocking, so builds in two workspace copies can use both cores at once. */
export function runNxAsync(root: string, args: string[], extraEnv: Record<string, string> = {}): Promise<NxRun> {
  return new Promise((done) => {
    const child = spawn(join(root, 'node_modules/.bin/nx'), [...args, '--outputStyle=static'], {
      cwd: root,
      env: nxEnv(extraEnv),
      timeout: nxTimeoutMs(),
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => done(readNxRun(-1, `${output}\n${error.message}`)));
    child.on('close', (status, signal) => done(readNxRun(status ?? -1, `${output}${killedNote(signal, false)}`)));
  });
}

function readNxRun(status: number, output: string): NxRun {
  const tasks = new Map<string, TaskStatus>();
  for (const line of output.split('\n')) {
    const match = /^> nx run dataset:([\w-]+)(.*)$/.exec(line.trim());
    if (!match) continue;
    tasks.set(match[1]!, /\[(local cache|existing outputs match the cache, left as is|remote cache)\]/.test(match[2]!) ? 'cache' : 'ran');
  }
  return { status, output, tasks };
}

/** Every file under `dir` with a digest of its bytes, to prove a run changed nothing. */
export function snapshotContents(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of snapshotMtimes(dir).keys()) out.set(file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'));
  return out;
}

/** Every file under `dir` with its modification time, to prove a run rewrote nothing. */
export function snapshotMtimes(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), statSync(path).mtimeMs);
    }
  };
  walk(dir);
  return out;
}
