import pg from 'pg';
import { z } from 'zod';
import { DatabaseError } from './database-error';

/** Where the templates live: `"schema"."table"`, or the bare table on the search path. */
export interface TableRef {
  table: string;
  schema: string | null;
}

export function quoteTable(ref: TableRef): string {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return ref.schema ? `${quote(ref.schema)}.${quote(ref.table)}` : quote(ref.table);
}

export const TemplateRow = z.object({
  id: z.string(),
  name: z.string().nullable(),
  tsx_code: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type TemplateRow = z.infer<typeof TemplateRow>;

export { DatabaseError } from './database-error';

const CONNECT_TIMEOUT_MS = 5_000;

export async function connectDatabase(config: pg.ClientConfig, label: string): Promise<pg.Client> {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: 120_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new DatabaseError(`cannot connect to ${label}: ${describeError(error)}`);
  }
  return client;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // pg puts host names and sometimes user names in messages, never the password; keep it short anyway.
  return message.split('\n')[0] ?? 'unknown error';
}

async function readOnly<T>(client: pg.Client, ref: TableRef, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN TRANSACTION READ ONLY');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const code = (error as { code?: string }).code;
    if (code === '42P01') throw new DatabaseError(`table ${quoteTable(ref)} does not exist`);
    if (code === '22P02') throw new DatabaseError(`an id in the canonical metadata does not fit ${quoteTable(ref)}.id: ${describeError(error)}`);
    if (code === '42703') throw new DatabaseError(`table ${quoteTable(ref)} lacks a column the dataset reads: ${describeError(error)}`);
    throw new DatabaseError(`query on ${quoteTable(ref)} failed: ${describeError(error)}`);
  }
}

/** A selected row as the dataset reads it; a column of another type is an error naming the row and column. */
function parseTemplateRow(row: unknown): TemplateRow {
  const parsed = TemplateRow.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const id = (row as { id?: unknown }).id;
  throw new DatabaseError(`row ${String(id)}: column ${issue.path.join('.')}: ${issue.message}`);
}

/** The one query `raw` runs: the rows the canonical metadata names, in a read-only transaction. */
export async function fetchTemplateRows(client: pg.Client, ref: TableRef, ids: readonly string[]): Promise<TemplateRow[]> {
  return readOnly(client, ref, async () => {
    const result = await client.query({
      text: `SELECT id::text AS id, name, tsx_code, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_at
             FROM ${quoteTable(ref)} WHERE id = ANY($1) ORDER BY id`,
      values: [ids],
    });
    return result.rows.map((row: unknown) => parseTemplateRow(row));
  });
}

/**
 * A cheap digest of exactly the rows `raw` would read: it is Nx's runtime cache input for `raw`,
 * so a changed, added or deleted row invalidates `raw` and nothing else does.
 */
export async function fingerprintTemplateRows(client: pg.Client, ref: TableRef, ids: readonly string[]): Promise<string> {
  return readOnly(client, ref, async () => {
    const result = await client.query({
      text: `SELECT count(*)::int AS n,
                    coalesce(md5(string_agg(id::text || ':' || coalesce(md5(tsx_code), '-') || ':' || coalesce(name, '-') || ':' ||
                      coalesce(to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '-'), ',' ORDER BY id::text)), '') AS digest
             FROM ${quoteTable(ref)} WHERE id = ANY($1)`,
      values: [ids],
    });
    const row = result.rows[0] as { n: number; digest: string };
    return `${row.n}:${row.digest}`;
  });
}
