import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RENDER_CODES, RENDER_SKIP_CODES, type RenderCode, type RenderSkipCode } from '../codes';

export const DRIVER = fileURLToPath(new URL('./render_scene.py', import.meta.url));

/** The last frame at a thumbnail's size: every animation still runs to its end, drawing stays cheap. */
export const RENDER_SIZE = { width: 64, height: 36 } as const;

const renderCode = z.enum(Object.keys(RENDER_CODES) as [RenderCode, ...RenderCode[]]);
const skipCode = z.enum(Object.keys(RENDER_SKIP_CODES) as [RenderSkipCode, ...RenderSkipCode[]]);

/** A verdict line of render_scene.py. */
export const DriverVerdict = z.union([
  z.object({ ok: z.literal(true), scenes: z.array(z.string()) }),
  z.object({ ok: z.literal(false), code: renderCode, error: z.string(), scene: z.string().nullish() }),
  z.object({ infrastructure: skipCode, error: z.string(), scene: z.string().nullish() }),
]);
export type DriverVerdict = z.infer<typeof DriverVerdict>;
/** The line instead of a verdict when the forked child ended without writing one. */
const Ended = z.object({ ended: z.string(), signalled: z.boolean(), error: z.string() });
const Hello = z.object({ manim: z.string(), python: z.string() });
const Started = z.object({ started: z.number().int() });

export type Attempt = { memoize: boolean; verdict: DriverVerdict };

function parseLine<T>(schema: z.ZodType<T>, line: string | null): T | null {
  if (line === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * One Python process that imports Manim once and forks a child per file (render_scene.py --serve), so a
 * corpus pays Manim's import once, not per scene. Requests are one at a time.
 */
export class RenderServer {
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private closed = false;
  private stderr = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(line);
      } else this.queue.push(line);
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000)));
    const end = () => {
      this.closed = true;
      this.waiting?.(null);
      this.waiting = null;
    };
    child.on('close', end);
    child.on('error', end);
    // A request written to a server that just died fails with EPIPE; its answer is the missing line.
    child.stdin.on('error', () => undefined);
  }

  private next(): Promise<string | null> {
    const line = this.queue.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Starts the server with `python`; its first line says which Manim and Python, or why neither. */
  static async start(python: string, env: NodeJS.ProcessEnv): Promise<{ server: RenderServer; manim: string; python: string } | { code: RenderSkipCode; error: string }> {
    const child = spawn(python, ['-u', DRIVER, '--serve', String(RENDER_SIZE.width), String(RENDER_SIZE.height)], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const server = new RenderServer(child);
    const first = await server.next();
    const hello = parseLine(Hello, first);
    if (hello) return { server, manim: hello.manim, python: hello.python };
    server.close();
    const refused = parseLine(DriverVerdict, first);
    const error = refused && 'infrastructure' in refused ? refused.error : server.stderr.trim().split('\n').at(-1) || 'the render server did not start';
    return { code: 'MANIM_IMPORT_FAILED', error };
  }

  get alive(): boolean {
    return !this.closed;
  }

  /** Renders one file's scenes in a forked child; its process group (LaTeX included) is killed on timeout. */
  async render(code: string, timeoutMs: number): Promise<Attempt> {
    const dir = mkdtempSync(join(tmpdir(), 'manim-render-'));
    try {
      const file = join(dir, 'scene.py');
      writeFileSync(file, code + '\n');
      this.child.stdin.write(JSON.stringify({ file, media: join(dir, 'media') }) + '\n');
      const started = parseLine(Started, await this.next());
      if (!started) return { memoize: false, verdict: { ok: false, code: 'RENDER_CRASHED', error: 'the render server stopped' } };
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-started.started, 'SIGKILL');
        } catch {
          // already gone
        }
      }, timeoutMs);
      const line = await this.next();
      clearTimeout(timer);
      if (timedOut) return { memoize: false, verdict: { ok: false, code: 'RENDER_TIMEOUT', error: `no verdict after ${timeoutMs} ms` } };
      const verdict = parseLine(DriverVerdict, line);
      if (verdict) return { memoize: !('infrastructure' in verdict), verdict };
      const ended = parseLine(Ended, line);
      if (!ended) return { memoize: false, verdict: { ok: false, code: 'RENDER_CRASHED', error: 'the render server stopped' } };
      // Killed by a signal (the OOM killer, a shutdown) says nothing about the scene; an exit code does.
      return { memoize: !ended.signalled, verdict: { ok: false, code: 'RENDER_CRASHED', error: ended.error || `exited with ${ended.ended} and no verdict` } };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  close(): void {
    if (!this.closed) this.child.stdin.end();
  }
}
