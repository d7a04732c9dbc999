import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PythonUnavailableError } from '../errors';
import { ModuleFacts, PythonError, PythonToken, type Parsed } from './facts';

const SCRIPT = fileURLToPath(new URL('./scene_facts.py', import.meta.url));

const Hello = z.object({ version: z.array(z.number().int()), builtins: z.array(z.string()), stdlib: z.array(z.string()) });
const Normalized = z.object({ normalized: z.string() });
const Tokens = z.object({ tokens: z.array(PythonToken) });
const Reply = z.looseObject({ id: z.number().int(), ok: z.boolean(), error: PythonError.optional() });

interface Pending {
  resolve: (reply: z.infer<typeof Reply>) => void;
  reject: (error: Error) => void;
}

/**
 * One long-lived CPython process answering parse questions for a whole source, so a source of 100k
 * examples pays the interpreter start-up once. Requests are pipelined; replies are matched by id.
 */
export class PythonChecker {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private stderr = '';
  private exited: Error | null = null;
  /** e.g. "3.11.7": recorded in summaries because the parser's verdicts depend on it. */
  version = '';
  builtins: ReadonlySet<string> = new Set();
  /** Top-level module names of this interpreter's standard library (`sys.stdlib_module_names`). */
  stdlib: ReadonlySet<string> = new Set();

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => this.onLine(line));
    child.on('exit', (code, signal) => {
      const detail = this.stderr.trim() ? `: ${this.stderr.trim()}` : '';
      this.failAll(new Error(`the python checker exited (code ${code ?? 'none'}, signal ${signal ?? 'none'})${detail}`));
    });
  }

  static async start(python = process.env['MANIM_PYTHON'] || 'python3'): Promise<PythonChecker> {
    const child = spawn(python, ['-u', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    const spawned = new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new PythonUnavailableError(`\`${python}\` was not found on PATH; the Manim cleaner checks code with CPython's own parser`)
            : new PythonUnavailableError(`could not start \`${python}\` (${error.message})`),
        );
      });
    });
    await spawned;
    const checker = new PythonChecker(child);
    try {
      const hello = Hello.parse(await checker.request('hello', ''));
      checker.version = hello.version.join('.');
      checker.builtins = new Set(hello.builtins);
      checker.stdlib = new Set(hello.stdlib);
    } catch (error) {
      await checker.close();
      throw new PythonUnavailableError(`\`${python}\` did not answer the checker handshake (${(error as Error).message})`);
    }
    return checker;
  }

  /** Parse (and compile) `code`; on success, the facts the cleaning rules reason about. */
  async analyze(code: string): Promise<Parsed<ModuleFacts>> {
    return this.parsed('analyze', code, ModuleFacts);
  }

  /** `ast.unparse(ast.parse(code))` without docstrings: comments, docstrings and formatting gone. */
  async normalize(code: string): Promise<Parsed<string>> {
    const reply = await this.parsed('normalize', code, Normalized);
    return reply.ok ? { ok: true, value: reply.value.normalized } : reply;
  }

  /** CPython's tokenizer over `code` (which need not parse). */
  async tokens(code: string): Promise<Parsed<PythonToken[]>> {
    const reply = await this.parsed('tokens', code, Tokens);
    return reply.ok ? { ok: true, value: reply.value.tokens } : reply;
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const done = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    await done;
  }

  private async parsed<S extends z.ZodType>(op: string, code: string, schema: S): Promise<Parsed<z.infer<S>>> {
    const reply = await this.request(op, code);
    if (!reply.ok) {
      return { ok: false, error: reply.error ?? { kind: 'protocol', message: 'no error detail', line: null, column: null } };
    }
    return { ok: true, value: schema.parse(reply) };
  }

  private request(op: string, code: string): Promise<z.infer<typeof Reply>> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(JSON.stringify({ id, op, code }) + '\n');
    });
  }

  private onLine(line: string): void {
    let reply: z.infer<typeof Reply>;
    try {
      reply = Reply.parse(JSON.parse(line));
    } catch (error) {
      this.failAll(new Error(`the python checker answered something unreadable (${(error as Error).message}): ${line.slice(0, 200)}`));
      return;
    }
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    waiting?.resolve(reply);
  }

  private failAll(error: Error): void {
    this.exited ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
