import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256 } from '@dataset/domain';
import type { CleanedExample } from '../model';

export const INSTALL_MANIM_HINT = 'install Manim Community (`pip install manim`, see https://docs.manim.community/en/stable/installation.html) to validate scenes by running them';

/** The installed `manim` and its version, or null when there is none to run. */
export function findManim(command = 'manim'): { command: string; version: string } | null {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error || probe.status !== 0) return null;
  return { command, version: (probe.stdout || probe.stderr).trim().split('\n')[0] ?? 'unknown' };
}

export const RenderResult = z.strictObject({
  key: z.string(),
  ok: z.boolean(),
  /** The tail of manim's output when it failed. */
  detail: z.string(),
});
export type RenderResult = z.infer<typeof RenderResult>;

/** Same code under the same manim version renders the same way: that pair is the cache key. */
export function renderKey(version: string, code: string): string {
  return sha256(`${version}\u0000${code}`);
}

function runOnce(command: string, code: string, timeoutMs: number): Promise<{ ok: boolean; detail: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'manim-render-'));
  const file = join(dir, 'scene.py');
  writeFileSync(file, code + '\n');
  return new Promise((resolve) => {
    // --dry_run executes every scene without writing video: the code is validated, not stored as media.
    // Its own process group, so a timeout kills manim and whatever it started (ffmpeg, LaTeX) together.
    const child = spawn(command, ['render', '--dry_run', '-a', file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-2000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    const finish = (ok: boolean, detail: string) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      resolve({ ok, detail });
    };
    child.on('error', (error) => finish(false, error.message));
    child.on('close', (status) => {
      if (timedOut) finish(false, `timed out after ${timeoutMs} ms`);
      else finish(status === 0, status === 0 ? '' : output.trim().split('\n').slice(-8).join('\n'));
    });
  });
}

export interface RenderRun {
  results: (RenderResult & { exampleId: string; fromCache: boolean })[];
  cache: RenderResult[];
}

/** Runs every example not in `cache` through manim, one at a time (rendering is CPU-bound already). */
export async function renderExamples(
  examples: readonly CleanedExample[],
  manim: { command: string; version: string },
  cache: readonly RenderResult[],
  options: { timeoutMs?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<RenderRun> {
  const known = new Map(cache.map((r) => [r.key, r]));
  const results: RenderRun['results'] = [];
  for (const [index, example] of examples.entries()) {
    const key = renderKey(manim.version, example.code);
    const cached = known.get(key);
    if (cached) {
      results.push({ ...cached, exampleId: example.exampleId, fromCache: true });
    } else {
      const outcome = await runOnce(manim.command, example.code, options.timeoutMs ?? 120_000);
      const result = { key, ...outcome };
      known.set(key, result);
      results.push({ ...result, exampleId: example.exampleId, fromCache: false });
    }
    options.onProgress?.(index + 1, examples.length);
  }
  return { results, cache: [...known.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}
