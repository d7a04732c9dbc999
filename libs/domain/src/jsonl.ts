import type { z } from 'zod';

/** A bad line in an input file, located precisely enough to fix by hand. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    detail: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}${field ? ` (field ${field})` : ''}: ${detail}`);
    this.name = 'InputError';
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** The field a zod issue is about; for unknown keys, the keys themselves with their full path. */
export function issueField(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => formatIssuePath([...issue.path, key])).join(', ')
    : formatIssuePath(issue.path);
}

/** Parse JSONL text; every line must be valid JSON matching `schema`, blank lines are skipped. */
export function parseJsonl<S extends z.ZodType>(text: string, schema: S, file: string): z.infer<S>[] {
  const rows: z.infer<S>[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(file, index + 1, null, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(file, index + 1, issueField(issue) || null, issue.message);
    }
    rows.push(parsed.data);
  });
  return rows;
}

export function toJsonl(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify(row) + '\n').join('');
}
