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

/**
 * How long to wait for a server: a network can drop packets silently, so a build must not hang on one. A
 * connection's own settings win — the embedded database, which runs in this process, turns both off (see
 * embedded.ts): on a loaded machine it is only slow, and a timeout there failed builds for nothing.
 */
const SERVER_TIMEOUTS: pg.ClientConfig = { connectionTimeoutMillis: 5_000, query_timeout: 120_000 };

export async function connectDatabase(config: pg.ClientConfig, label: string): Promise<pg.Client> {
  if (config.connectionString !== undefined) checkConnectionUrl(config.connectionString, label);
  let client: pg.Client | undefined;
  try {
    client = new pg.Client({ ...SERVER_TIMEOUTS, ...config });
    await client.connect();
  } catch (error) {
    await client?.end().catch(() => undefined);
    throw new DatabaseError(`cannot connect to ${label}: ${describeError(error)}`);
  }
  return client;
}

/**
 * A connection URL the driver would choke on (Node's URL parser throws a TypeError for a port past 65535) or
 * misread (a string without a scheme is taken for a host name) is one line that names the problem. Nothing
 * of the URL is repeated: a password may be anywhere in a malformed one.
 */
export function checkConnectionUrl(url: string, label: string): void {
  const expected = 'expected postgres://user:password@host:port/database';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    if (hasInvalidPort(url)) throw new DatabaseError(`${label} is not a valid URL: its port is not a number from 1 to 65535 (${expected})`);
    throw new DatabaseError(`${label} is not a valid URL (${expected})`);
  }
  if (!['postgres:', 'postgresql:', 'socket:'].includes(parsed.protocol)) {
    throw new DatabaseError(`${label} is not a PostgreSQL URL: its scheme is not postgres:// or postgresql:// (${expected})`);
  }
}

function hasInvalidPort(url: string): boolean {
  const authority = /^[a-z][a-z\d+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1];
  if (authority === undefined) return false;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const port = hostPort.startsWith('[') ? /\]:(.*)$/.exec(hostPort)?.[1] : hostPort.split(':')[1];
  return port !== undefined && port !== '' && !(/^\d+$/.test(port) && Number(port) <= 65535);
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // pg puts host names and sometimes user names in messages, never the password; keep it short anyway.
  return message.split('\n')[0] ?? 'unknown error';
}

/**
 * One read-only transaction. REPEATABLE READ: every statement in it sees the same snapshot, so a digest and
 * the rows read in it describe the same state of the table even while others write to it.
 */
async function readOnly<T>(client: pg.Client, ref: TableRef, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
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

async function selectTemplateRows(client: pg.Client, ref: TableRef, ids: readonly string[]): Promise<TemplateRow[]> {
  const result = await client.query({
    text: `SELECT id::text AS id, name, tsx_code, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_at
           FROM ${quoteTable(ref)} WHERE id = ANY($1) ORDER BY id`,
    values: [ids],
  });
  return result.rows.map((row: unknown) => parseTemplateRow(row));
}

async function digestTemplateRows(client: pg.Client, ref: TableRef, ids: readonly string[]): Promise<string> {
  const result = await client.query({
    text: `SELECT count(*)::int AS n,
                  coalesce(md5(string_agg(id::text || ':' || coalesce(md5(tsx_code), '-') || ':' || coalesce(name, '-') || ':' ||
                    coalesce(to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '-'), ',' ORDER BY id::text)), '') AS digest
           FROM ${quoteTable(ref)} WHERE id = ANY($1)`,
    values: [ids],
  });
  const row = result.rows[0] as { n: number; digest: string };
  return `${row.n}:${row.digest}`;
}

/** The rows the canonical metadata names, in a read-only transaction. */
export async function fetchTemplateRows(client: pg.Client, ref: TableRef, ids: readonly string[]): Promise<TemplateRow[]> {
  return readOnly(client, ref, () => selectTemplateRows(client, ref, ids));
}

/**
 * A cheap digest of exactly the rows `raw` would read: it is Nx's runtime cache input for `raw`,
 * so a changed, added or deleted row invalidates `raw` and nothing else does.
 */
export async function fingerprintTemplateRows(client: pg.Client, ref: TableRef, ids: readonly string[]): Promise<string> {
  return readOnly(client, ref, () => digestTemplateRows(client, ref, ids));
}

/**
 * What `raw` reads: the rows and the digest `fingerprintTemplateRows` gives for them, from one snapshot, so
 * `raw` can tell whether what it read is what its cache key was computed from.
 */
export async function readTemplateSnapshot(client: pg.Client, ref: TableRef, ids: readonly string[]): Promise<{ rows: TemplateRow[]; digest: string }> {
  return readOnly(client, ref, async () => {
    const digest = await digestTemplateRows(client, ref, ids);
    return { rows: await selectTemplateRows(client, ref, ids), digest };
  });
}
