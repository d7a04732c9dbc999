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
  text.split('\n').forEach((line, index) => {
    const row = parseJsonlLine(line, index + 1, schema, file);
    if (row !== undefined) rows.push(row.value);
  });
  return rows;
}

/**
 * One line of a JSONL file (1-based `lineNumber`, for the error), for readers that stream a file line by
 * line: its value, or undefined for a blank line.
 */
export function parseJsonlLine<S extends z.ZodType>(raw: string, lineNumber: number, schema: S, file: string): { value: z.infer<S> } | undefined {
  const line = raw.trim();
  return line === '' ? undefined : { value: parseJsonDocument(line, schema, file, lineNumber) };
}

/** JSON text that must match `schema`; an InputError names the file, the line when given, and the field. */
export function parseJsonDocument<S extends z.ZodType>(text: string, schema: S, file: string, line: number | null = null): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, line, null, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, line, issueField(issue) || null, issue.message);
  }
  return parsed.data;
}

export function toJsonl(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify(row) + '\n').join('');
}
