import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { sha256 } from '@dataset/domain';
import { RENDER_CODES, type RenderCode, type RenderSkipCode } from '../codes';
import type { CleanedExample } from '../model';
import { installedManimVersion, venvPython } from './environment';
import { DRIVER, type DriverVerdict, RENDER_SIZE, RenderServer } from './server';

export { RENDER_SIZE } from './server';

const renderCode = z.enum(Object.keys(RENDER_CODES) as [RenderCode, ...RenderCode[]]);

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
  /** What the render server runs with (PATH decides whether LaTeX is found). */
  env: NodeJS.ProcessEnv;
}

/**
 * The environment `npx nx run manim:setup-render` made in `venv`, with Manim imported once to say which
 * version it is; or the reason there is none to use (a skip for every scene, not a failure of any).
 */
export async function openRenderEnvironment(venv: string, env: NodeJS.ProcessEnv = process.env): Promise<RenderEnvironment | { code: RenderSkipCode; error: string }> {
  if (installedManimVersion(venv) === null) return { code: 'RENDER_NOT_SET_UP', error: `no render environment at ${venv}: run \`npx nx run manim:setup-render\`` };
  const started = await RenderServer.start(venvPython(venv), env);
  if ('code' in started) return started;
  started.server.close();
  return { python: venvPython(venv), manim: started.manim, pythonVersion: started.python, env };
}

/** What a verdict depends on besides the code: Manim, its Python, the driver and the frame size. */
export function renderKey(environment: RenderEnvironment, code: string): string {
  const driver = sha256(readFileSync(DRIVER, 'utf8'));
  return sha256([environment.manim, environment.pythonVersion, driver, RENDER_SIZE.width, RENDER_SIZE.height, code].join('\u0000'));
}

function toMemo(key: string, verdict: Exclude<DriverVerdict, { infrastructure: unknown }>): RenderMemo {
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
 * already), through one render server. A failing scene is a rejection with its code; what the machine
 * lacks is a skip, not memoized. A server that dies (a scene may kill it) is started again for the next.
 */
export async function renderExamples(
  examples: readonly CleanedExample[],
  environment: RenderEnvironment,
  memo: readonly RenderMemo[],
  options: { timeoutMs?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<RenderRun> {
  const known = new Map(memo.map((m) => [m.key, m]));
  const outcomes: RenderOutcome[] = [];
  let server: RenderServer | null = null;
  try {
    for (const [index, example] of examples.entries()) {
      const key = renderKey(environment, example.code);
      const cached = known.get(key);
      if (cached) outcomes.push(outcomeOf(example.exampleId, cached, true));
      else {
        if (!server?.alive) {
          const started = await RenderServer.start(environment.python, environment.env);
          if ('code' in started) throw new Error(`the render server no longer starts: ${started.error}`);
          server = started.server;
        }
        const { memoize, verdict } = await server.render(example.code, options.timeoutMs ?? 600_000);
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
  } finally {
    (server as RenderServer | null)?.close();
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
