import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { sha256 } from '@dataset/domain';
import { RENDER_CODES, RENDER_SKIP_CODES, type RenderCode, type RenderSkipCode } from '../codes';
import type { CleanedExample } from '../model';
import { installedManimVersion, venvPython } from './environment';

const DRIVER = fileURLToPath(new URL('./render_scene.py', import.meta.url));

/** The last frame at a thumbnail's size: every animation still runs to its end, drawing stays cheap. */
export const RENDER_SIZE = { width: 64, height: 36 } as const;

const renderCode = z.enum(Object.keys(RENDER_CODES) as [RenderCode, ...RenderCode[]]);
const skipCode = z.enum(Object.keys(RENDER_SKIP_CODES) as [RenderSkipCode, ...RenderSkipCode[]]);

/** The one JSON line render_scene.py prints. */
const DriverVerdict = z.union([
  z.object({ ok: z.literal(true), scenes: z.array(z.string()) }),
  z.object({ ok: z.literal(false), code: renderCode, error: z.string(), scene: z.string().nullish() }),
  z.object({ infrastructure: skipCode, error: z.string(), scene: z.string().nullish() }),
]);

/** A scene's verdict as memoized under its key: only verdicts the scene itself caused are stored. */
export const RenderMemo = z.strictObject({
  key: z.string(),
  ok: z.boolean(),
  code: renderCode.optional(),
  /** The scene class that failed, when the file defines several. */
  scene: z.string().optional(),
  /** The error's last line, e.g. "NameError: name 'get_tex_indexes' is not defined". */
  error: z.string().optional(),
});
export type RenderMemo = z.infer<typeof RenderMemo>;

export type RenderOutcome =
  | { exampleId: string; key: string; status: 'rendered'; fromCache: boolean }
  | { exampleId: string; key: string; status: 'rejected'; code: RenderCode; error: string; scene?: string; fromCache: boolean }
  | { exampleId: string; key: string; status: 'skipped'; code: RenderSkipCode; error: string };

/** The render environment a run uses: its interpreter and what its verdicts depend on. */
export interface RenderEnvironment {
  python: string;
  manim: string;
  pythonVersion: string;
}

/**
 * The environment `npx nx run manim:setup-render` made in `venv`, probed by importing manim once; or the
 * reason there is none to use (a skip for every scene, not a failure of any).
 */
export function openRenderEnvironment(venv: string): RenderEnvironment | { code: RenderSkipCode; error: string } {
  if (installedManimVersion(venv) === null) return { code: 'RENDER_NOT_SET_UP', error: `no render environment at ${venv}: run \`npx nx run manim:setup-render\`` };
  const probe = spawnSync(venvPython(venv), [DRIVER, '--probe'], { encoding: 'utf8', timeout: 600_000 });
  const parsed = probe.status === 0 ? z.object({ manim: z.string(), python: z.string() }).safeParse(JSON.parse(probe.stdout.trim().split('\n').at(-1) ?? 'null')) : null;
  if (!parsed?.success) return { code: 'MANIM_IMPORT_FAILED', error: (probe.stderr || probe.error?.message || 'no output').trim().split('\n').at(-1)! };
  return { python: venvPython(venv), manim: parsed.data.manim, pythonVersion: parsed.data.python };
}

/** What a verdict depends on besides the code: Manim, its Python, the driver and the frame size. */
export function renderKey(environment: RenderEnvironment, code: string): string {
  const driver = sha256(readFileSync(DRIVER, 'utf8'));
  return sha256([environment.manim, environment.pythonVersion, driver, RENDER_SIZE.width, RENDER_SIZE.height, code].join('\u0000'));
}

type Attempt = { memoize: boolean; verdict: z.infer<typeof DriverVerdict> };

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}

/** Renders one file's scenes in a process of its own; the process group is killed on timeout. */
function renderOnce(environment: RenderEnvironment, code: string, timeoutMs: number, env: NodeJS.ProcessEnv): Promise<Attempt> {
  const dir = mkdtempSync(join(tmpdir(), 'manim-render-'));
  const file = join(dir, 'scene.py');
  writeFileSync(file, code + '\n');
  return new Promise((resolve) => {
    const child = spawn(environment.python, [DRIVER, file, join(dir, 'media'), String(RENDER_SIZE.width), String(RENDER_SIZE.height)], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    const finish = (attempt: Attempt) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      resolve(attempt);
    };
    child.on('error', (error) => finish({ memoize: false, verdict: { infrastructure: 'MANIM_IMPORT_FAILED', error: error.message } }));
    child.on('close', (status, signal) => {
      if (timedOut) return finish({ memoize: false, verdict: { ok: false, code: 'RENDER_TIMEOUT', error: `no verdict after ${timeoutMs} ms` } });
      const line = stdout.trim().split('\n').at(-1) ?? '';
      let json: unknown = null;
      try {
        json = JSON.parse(line);
      } catch {
        // no verdict line: handled below
      }
      const verdict = DriverVerdict.safeParse(json);
      if (verdict.success) return finish({ memoize: !('infrastructure' in verdict.data), verdict: verdict.data });
      // Killed by a signal (the OOM killer, a shutdown) says nothing about the scene; an exit code does.
      const error = lastLine(stderr) || `exited with ${signal ?? `code ${status}`} and no verdict`;
      finish({ memoize: signal === null, verdict: { ok: false, code: 'RENDER_CRASHED', error } });
    });
  });
}

function toMemo(key: string, verdict: Exclude<z.infer<typeof DriverVerdict>, { infrastructure: unknown }>): RenderMemo {
  if (verdict.ok) return { key, ok: true };
  return { key, ok: false, code: verdict.code, error: verdict.error, ...(verdict.scene ? { scene: verdict.scene } : {}) };
}

function outcomeOf(exampleId: string, memo: RenderMemo, fromCache: boolean): RenderOutcome {
  if (memo.ok) return { exampleId, key: memo.key, status: 'rendered', fromCache };
  return { exampleId, key: memo.key, status: 'rejected', code: memo.code!, error: memo.error ?? '', ...(memo.scene ? { scene: memo.scene } : {}), fromCache };
}

export interface RenderRun {
  outcomes: RenderOutcome[];
  /** Every memoized verdict, the new ones included, sorted by key. */
  memo: RenderMemo[];
}

/**
 * Renders every example whose key has no memoized verdict, one at a time (each render is CPU-bound
 * already). A failing scene is a rejection with its code; what the machine lacks is a skip, not memoized.
 */
export async function renderExamples(
  examples: readonly CleanedExample[],
  environment: RenderEnvironment,
  memo: readonly RenderMemo[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv; onProgress?: (done: number, total: number) => void } = {},
): Promise<RenderRun> {
  const known = new Map(memo.map((m) => [m.key, m]));
  const outcomes: RenderOutcome[] = [];
  for (const [index, example] of examples.entries()) {
    const key = renderKey(environment, example.code);
    const cached = known.get(key);
    if (cached) outcomes.push(outcomeOf(example.exampleId, cached, true));
    else {
      const { memoize, verdict } = await renderOnce(environment, example.code, options.timeoutMs ?? 600_000, options.env ?? process.env);
      if ('infrastructure' in verdict) {
        outcomes.push({ exampleId: example.exampleId, key, status: 'skipped', code: verdict.infrastructure, error: verdict.error });
      } else {
        const result = toMemo(key, verdict);
        if (memoize) known.set(key, result);
        outcomes.push(outcomeOf(example.exampleId, result, false));
      }
    }
    options.onProgress?.(index + 1, examples.length);
  }
  return { outcomes, memo: [...known.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

/** The memo file's verdicts; a line of an older shape is dropped (it is a cache, rendering again is safe). */
export function readRenderMemo(path: string): RenderMemo[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        const parsed = RenderMemo.safeParse(JSON.parse(line));
        return parsed.success ? [parsed.data] : [];
      } catch {
        return [];
      }
    });
}
