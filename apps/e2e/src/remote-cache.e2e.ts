import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempWorkspace, nxEnv, REPO_ROOT, runNx, snapshotContents, type NxRun, type TempWorkspace } from '@dataset/harness';

/**
 * Two workspace copies at different absolute paths stand in for two machines (a CI runner and a laptop)
 * sharing one self-hosted Nx remote cache: the second gets the assets the first materialized.
 */

/** `upload` publishes into this machine's release folder: never cached, so never shared. Every asset is. */
const MACHINE_LOCAL_TARGETS = new Set(['upload']);

function expectOk(run: NxRun, what: string): void {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.output.slice(-4000)}`);
}

/** How each task of project `dataset` was satisfied, read from its `> nx run dataset:<target>` line. */
function taskSources(run: NxRun): Record<string, 'remote cache' | 'local cache' | 'ran'> {
  const sources: Record<string, 'remote cache' | 'local cache' | 'ran'> = {};
  for (const line of run.output.split('\n')) {
    const match = /^> nx run dataset:([\w-]+)(.*)$/.exec(line.trim());
    if (!match) continue;
    sources[match[1]!] = match[2]!.includes('[remote cache]') ? 'remote cache' : /\[(local cache|existing outputs)/.test(match[2]!) ? 'local cache' : 'ran';
  }
  return sources;
}

/** target → the command of each of its `runtime` inputs, as the copy's inferred targets declare them. */
async function runtimeInputs(root: string): Promise<[string, string][]> {
  const { assetTargets } = await import(pathToFileURL(join(root, 'apps/cli/nx/assets-plugin.mjs')).href);
  const targets = assetTargets(root) as Record<string, { inputs?: unknown[] }>;
  return Object.entries(targets).flatMap(([target, { inputs = [] }]) =>
    inputs.flatMap((input) => (typeof input === 'object' && input !== null && 'runtime' in input ? [[target, String(input.runtime)] as [string, string]] : [])),
  );
}

function startCacheServer(dir: string, token: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/cache-server/src/main.ts', '--port', '0', '--dir', dir], {
    cwd: REPO_ROOT,
    env: { ...process.env, CACHE_SERVER_HOST: '127.0.0.1', CACHE_SERVER_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`cache server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/[^;\s]+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        ready({ url, process: child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`cache server exited (${code}):\n${output}`)));
  });
}

describe('a self-hosted remote cache shared by two workspaces', () => {
  let server: ChildProcess;
  let url: string;
  let cacheDir: string;
  let first: TempWorkspace;
  let second: TempWorkspace;
  const token = randomBytes(24).toString('hex');
  const remoteEnv = () => ({ NX_SELF_HOSTED_REMOTE_CACHE_SERVER: url, NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token });

  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'nx-remote-cache-'));
    ({ url, process: server } = await startCacheServer(cacheDir, token));
    first = createTempWorkspace('dataset-machine-a-');
    second = createTempWorkspace('dataset-machine-b-');
  });
  afterAll(() => {
    server?.kill('SIGTERM');
    first?.remove();
    second?.remove();
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  it('fingerprints the same inputs identically in copies at different absolute paths', async () => {
    expect(first.root).not.toBe(second.root);
    const inputs = await runtimeInputs(first.root);
    expect(inputs.length).toBeGreaterThan(0);
    const digest = (root: string, command: string) => {
      const result = spawnSync('sh', ['-c', command], { cwd: root, env: nxEnv(), encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${command} failed in ${root}:\n${result.stderr}`);
      return result.stdout.trim();
    };
    const mismatched = inputs
      .filter(([target]) => !MACHINE_LOCAL_TARGETS.has(target))
      .filter(([, command]) => digest(first.root, command) !== digest(second.root, command))
      .map(([target, command]) => `${target}: ${command}`);
    expect(mismatched, 'these runtime inputs depend on where the workspace is, so no other machine can hit their cache').toEqual([]);
  });

  it('gives the second workspace every shared asset from the remote cache, byte-identical to the first', () => {
    const built = runNx(first.root, ['run', 'dataset:upload'], remoteEnv());
    expectOk(built, 'build in the first workspace');
    const targets = Object.keys(taskSources(built));
    expect(Object.values(taskSources(built)).every((source) => source === 'ran')).toBe(true);
    // The first workspace uploaded every task it ran (Nx stores a tar per task hash).
    const entries = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.parentPath.includes('.staging'));
    expect(entries.length).toBe(targets.length - MACHINE_LOCAL_TARGETS.size);

    const fetched = runNx(second.root, ['run', 'dataset:upload'], remoteEnv());
    expectOk(fetched, 'build in the second workspace');
    const sources = taskSources(fetched);
    const shared = targets.filter((t) => !MACHINE_LOCAL_TARGETS.has(t));
    expect(shared.length).toBeGreaterThanOrEqual(5);
    expect(Object.fromEntries(shared.map((t) => [t, sources[t]]))).toEqual(Object.fromEntries(shared.map((t) => [t, 'remote cache'])));

    // Restored from the remote cache or rebuilt locally, every asset holds the first workspace's bytes…
    expect(snapshotContents(join(second.root, 'dist/assets'))).toEqual(snapshotContents(join(first.root, 'dist/assets')));
    // …and this machine's release folder got its own copy of the release: no publish was skipped.
    const firstRelease = snapshotContents(join(first.root, 'releases'));
    expect(firstRelease.size).toBeGreaterThan(0);
    expect(snapshotContents(join(second.root, 'releases'))).toEqual(firstRelease);
  });
});
