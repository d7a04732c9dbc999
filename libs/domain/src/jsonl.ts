import type { z } from 'zod';
import type { IgnoredField } from './raw';

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

/** One record of a file another tool wrote: its known fields, parsed, with the unknown ones named; or the issue with a known field. */
export type OutsideRecord<T> = { success: true; data: T; ignored: string[] } | { success: false; issue: z.core.$ZodIssue };

/**
 * Reads one record of a file another tool wrote (metadata, curated prompts, prompt overrides, database rows).
 * Such files carry fields we do not read: they are dropped and named in `ignored` (their paths within the
 * record, a list's items as `[]`: `messages[].name`), never an error; a known field of the wrong type still is.
 *
 * `schema` describes the record with `z.object` (not `z.strictObject`, which keeps our own files strict), so
 * zod drops the keys it does not know in the one parse; they are found by comparing the parsed value with the
 * record, which holds as long as the schema does not reshape objects (no transforms).
 */
export function parseOutsideRecord<S extends z.ZodType>(schema: S, value: unknown): OutsideRecord<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { success: false, issue: parsed.error.issues[0]! };
  const ignored = new Set<string>();
  collectDropped(value, parsed.data, '', ignored);
  return { success: true, data: parsed.data, ignored: [...ignored] };
}

/** The keys of `record` that parsing dropped, as paths within the record. */
function collectDropped(record: unknown, parsed: unknown, path: string, dropped: Set<string>): void {
  if (Array.isArray(record)) {
    if (!Array.isArray(parsed)) return;
    record.forEach((item, index) => collectDropped(item, parsed[index], `${path}[]`, dropped));
  } else if (isPlainObject(record) && isPlainObject(parsed)) {
    for (const key of Object.keys(record)) {
      const field = path === '' ? key : `${path}.${key}`;
      if (Object.hasOwn(parsed, key)) collectDropped(record[key], parsed[key], field, dropped);
      else dropped.add(field);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Counts, per input and field, the records that carried a field the project does not read. */
export class IgnoredFieldTally {
  private readonly counts = new Map<string, IgnoredField>();

  /** One record's ignored fields (see parseOutsideRecord). */
  add(source: string, fields: readonly string[]): void {
    for (const field of fields) {
      const key = `${source}\u0000${field}`;
      const counted = this.counts.get(key);
      if (counted) counted.count += 1;
      else this.counts.set(key, { source, field, count: 1 });
    }
  }

  /** In the order first seen: the files' own order, the same on every run. */
  fields(): IgnoredField[] {
    return [...this.counts.values()].map((field) => ({ ...field }));
  }
}

/**
 * `2 unknown fields ignored: template_name ×41, db_id ×41` for a stage's one-line log, each source named
 * when there are several (`…: metadata (canonical.json): author ×40; database rows (rows.json): userId ×39`);
 * empty when none.
 */
export function describeIgnoredFields(fields: readonly IgnoredField[]): string {
  if (fields.length === 0) return '';
  const bySource = new Map<string, IgnoredField[]>();
  for (const field of fields) bySource.set(field.source, [...(bySource.get(field.source) ?? []), field]);
  const listed = [...bySource].map(([source, own]) => {
    const counts = own.map((f) => `${f.field} ×${f.count}`).join(', ');
    return bySource.size > 1 ? `${source}: ${counts}` : counts;
  });
  return `${fields.length} unknown field${fields.length === 1 ? '' : 's'} ignored: ${listed.join('; ')}`;
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
