import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type pg from 'pg';
import { IgnoredFieldTally, InputError, issueField, parseOutsideRecord } from '@dataset/domain';
import { decodeCode, nulByte, type UnreadableCode } from './code';
import { DatabaseError } from './database-error';
import { openKeptCluster } from './embedded-cluster';

export { pruneKeptClusters } from './embedded-cluster';

/** One row of the embedded demo database, as `rows.json` lists it; other keys a row carries are ignored and counted. */
export const EmbeddedRow = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).regex(/^[^\u0000]*$/, 'a NUL byte (U+0000): PostgreSQL text cannot hold it'),
  code: z.string().min(1).nullable(),
  updatedAt: z.string().datetime(),
});
export type EmbeddedRow = z.infer<typeof EmbeddedRow>;

/** A row as the embedded database is loaded with it. */
export interface SeedRow {
  id: string;
  name: string;
  tsxCode: string | null;
  updatedAt: string;
  /** Why the row's code is not text PostgreSQL can hold (its file is not UTF-8): it is loaded without code. */
  unreadable?: UnreadableCode;
}

export interface EmbeddedSeed {
  schemaSql: string;
  rows: SeedRow[];
}

/** The files that make up the embedded database: `schema.sql`, `rows.json` and the code files it names. */
export function seedFiles(dir: string): string[] {
  const rows = parseRows(dir);
  return [join(dir, 'schema.sql'), join(dir, 'rows.json'), ...rows.filter((r) => r.code).map((r) => resolve(dir, r.code!))];
}

function parseRows(dir: string, ignored = new IgnoredFieldTally()): EmbeddedRow[] {
  const file = join(dir, 'rows.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, null, null, `cannot read embedded database rows (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) throw new InputError(file, null, null, 'expected a JSON array of rows');
  return json.map((entry: unknown, index) => {
    const parsed = parseOutsideRecord(EmbeddedRow, entry);
    if (!parsed.success) {
      const field = issueField(parsed.issue);
      throw new InputError(file, null, field ? `[${index}].${field}` : `[${index}]`, parsed.issue.message);
    }
    ignored.add('database rows (rows.json)', parsed.ignored);
    return parsed.data;
  });
}

/**
 * The embedded database's seed: `schema.sql`, and each row of `rows.json` with its code file's text. A code
 * file that is not UTF-8 is the row's problem, not the run's: the row says so (see SeedRow.unreadable).
 */
export function readEmbeddedSeed(dir: string, ignored?: IgnoredFieldTally): EmbeddedSeed {
  const rows = parseRows(dir, ignored).map((row, index): SeedRow => {
    const base = { id: row.id, name: row.name, updatedAt: row.updatedAt };
    if (row.code === null) return { ...base, tsxCode: null };
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(dir, row.code));
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new InputError(join(dir, 'rows.json'), null, `[${index}].code`, `cannot read ${row.code} for row ${row.id} (${why})`);
    }
    const code = decodeCode(bytes, row.code);
    return typeof code === 'string' ? { ...base, tsxCode: code } : { ...base, tsxCode: null, unreadable: code };
  });
  return { schemaSql: readSchemaSql(dir), rows };
}

function readSchemaSql(dir: string): string {
  const file = join(dir, 'schema.sql');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, null, null, `cannot read the embedded database's schema (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * The seed as PostgreSQL can hold it: a row whose code it cannot store as text (not UTF-8, or holding a NUL
 * byte) is loaded with NULL code, and the reason is returned by row id for `raw` to refuse that template.
 */
export function storableSeed(seed: EmbeddedSeed): { seed: EmbeddedSeed; unreadableRows: Map<string, UnreadableCode> } {
  const unreadableRows = new Map<string, UnreadableCode>();
  const rows = seed.rows.map((row) => {
    const nul = row.tsxCode?.indexOf('\u0000') ?? -1;
    const unreadable = row.unreadable ?? (nul >= 0 ? nulByte(nul) : undefined);
    if (!unreadable) return row;
    unreadableRows.set(row.id, unreadable);
    return { id: row.id, name: row.name, tsxCode: null, updatedAt: row.updatedAt };
  });
  return { seed: { ...seed, rows }, unreadableRows };
}

export interface EmbeddedDatabase {
  /** Connection settings for a `pg` client: the same driver and SQL as a real server. */
  connection: pg.ClientConfig;
  /** Seed rows inserted by this start: all of them, or with a kept cluster only those that changed. */
  rowsLoaded: number;
  /** Rows loaded without their code because PostgreSQL cannot hold it, by id, with the reason (see storableSeed). */
  unreadableRows: ReadonlyMap<string, UnreadableCode>;
  close(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /**
   * Where to keep an initialized, empty PGlite cluster, one per PGlite version: loading it takes a fraction
   * of a second, running initdb takes seconds and twice the memory. Absent: initdb on every start.
   */
  snapshotDir?: string;
  /**
   * Where to keep the loaded cluster between starts (see embedded-cluster.ts): a start then applies only the
   * seed rows that changed. Absent, or held by another process: every row is loaded into a fresh cluster.
   */
  keepDir?: string;
}

/**
 * The server settings of the embedded cluster: it serves one client and one query, so PostgreSQL's default
 * 128 MB of shared buffers would only add to the stage's peak memory.
 */
const POSTGRESQL_CONF = ['shared_buffers=16MB'];

/** The table the seed fills (in the cluster's default schema). */
const SEED_TABLE = '"bazaar-vid_templates"';

/**
 * Starts PGlite, loads the seed, and serves it on a private Unix socket so `raw` talks to it through `pg`
 * exactly as it talks to a production server.
 */
export async function startEmbeddedDatabase(given: EmbeddedSeed, options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  // Loaded on demand: fingerprints read the seed files and never start the database.
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const { seed, unreadableRows } = storableSeed(given);
  const kept = options.keepDir ? await keptCluster(options.keepDir, seed, options.snapshotDir) : undefined;
  const db = kept?.db ?? (await loadedInMemory(seed, options.snapshotDir));
  const socketDir = mkdtempSync(join(tmpdir(), 'dataset-pglite-'));
  const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432') });
  await server.start();
  return {
    // In this process: no network to time out on, and a loaded machine must not fail the build (0 = none).
    connection: { host: socketDir, port: 5432, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 0, query_timeout: 0 },
    rowsLoaded: kept ? kept.changed : seed.rows.length,
    unreadableRows,
    async close() {
      await server.stop();
      await db.close();
      kept?.release();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

async function loadedInMemory(seed: EmbeddedSeed, snapshotDir: string | undefined) {
  const db = await createCluster(snapshotDir);
  try {
    await runSchema((sql) => db.exec(sql), seed.schemaSql);
    await loadSeedRows((sql, values) => db.query(sql, values), SEED_TABLE, seed.rows);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/** The kept cluster, or undefined when it cannot serve this start (see openKeptCluster). */
async function keptCluster(keepDir: string, seed: EmbeddedSeed, snapshotDir: string | undefined) {
  // A repeated id: a fresh load reports it, where a sync would quietly keep one of the two rows.
  if (new Set(seed.rows.map((row) => row.id)).size !== seed.rows.length) return undefined;
  const dir = join(keepDir, `pglite-${pgliteVersion()}`);
  return openKeptCluster(dir, seed, SEED_TABLE, (dataDir) => createCluster(snapshotDir, dataDir), insertSeedRows);
}

/** A new cluster (in memory, or in `dataDir` on disk), from the empty snapshot when there is one. */
async function createCluster(snapshotDir: string | undefined, dataDir?: string) {
  const { PGlite } = await import('@electric-sql/pglite');
  const where = dataDir ? { dataDir } : {};
  if (dataDir && existsSync(join(dataDir, 'PG_VERSION'))) return PGlite.create({ ...where, postgresqlconf: POSTGRESQL_CONF });
  if (!snapshotDir) return PGlite.create({ ...where, postgresqlconf: POSTGRESQL_CONF });
  const snapshot = join(snapshotDir, `pglite-${pgliteVersion()}-empty.tar`);
  if (existsSync(snapshot)) {
    try {
      return await PGlite.create({ ...where, loadDataDir: new Blob([readFileSync(snapshot)]), postgresqlconf: POSTGRESQL_CONF });
    } catch {
      // A damaged snapshot only costs an initdb: replace it.
      rmSync(snapshot, { force: true });
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const db = await PGlite.create({ postgresqlconf: POSTGRESQL_CONF });
  const dump = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
  mkdirSync(snapshotDir, { recursive: true });
  const temp = `${snapshot}.${process.pid}.tmp`;
  writeFileSync(temp, dump);
  renameSync(temp, snapshot);
  if (!dataDir) return db;
  await db.close();
  return PGlite.create({ dataDir, loadDataDir: new Blob([dump]), postgresqlconf: POSTGRESQL_CONF });
}

function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Rows per INSERT: a statement per batch rather than a round trip per row. */
const INSERT_BATCH = 100;

type Query = (sql: string, values: unknown[]) => Promise<unknown>;

async function insertSeedRows(query: Query, table: string, rows: EmbeddedSeed['rows']): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await insertRows(query, table, rows.slice(i, i + INSERT_BATCH));
}

function insertRows(query: Query, table: string, rows: EmbeddedSeed['rows']): Promise<unknown> {
  const values = rows.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`).join(', ');
  return query(`INSERT INTO ${table} (id, name, tsx_code, updated_at) VALUES ${values}`, rows.flatMap((r) => [r.id, r.name, r.tsxCode, r.updatedAt]));
}

/**
 * insertSeedRows outside a transaction, where a failure must say which row: the driver's error carries the
 * statement and every value of its batch (thousands of lines of code when printed), so it is replaced by one
 * line naming the row, found by inserting the failed batch's rows one at a time.
 */
async function loadSeedRows(query: Query, table: string, rows: EmbeddedSeed['rows']): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH);
    try {
      await insertRows(query, table, batch);
    } catch (batchError) {
      for (const row of batch) {
        await insertRows(query, table, [row]).catch((error: unknown) => {
          throw new DatabaseError(`embedded database: row ${row.id} ("${row.name}") cannot be loaded: ${firstLine(error)}`);
        });
      }
      throw new DatabaseError(`embedded database: rows ${batch[0]!.id} to ${batch.at(-1)!.id} cannot be loaded: ${firstLine(batchError)}`);
    }
  }
}

async function runSchema(exec: (sql: string) => Promise<unknown>, schemaSql: string): Promise<void> {
  await exec(schemaSql).catch((error: unknown) => {
    throw new DatabaseError(`embedded database: schema.sql fails: ${firstLine(error)}`);
  });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/**
 * Loads a seed into a real server, in a schema of its own (dropped first): how tests and benchmarks put the
 * demo or a synthetic corpus where `raw` reads production data. Code PostgreSQL cannot hold is loaded as
 * NULL (see storableSeed), as in the embedded database.
 */
export async function loadSeedIntoSchema(client: pg.Client, schema: string, seed: EmbeddedSeed): Promise<void> {
  const quoted = `"${schema.replaceAll('"', '""')}"`;
  await client.query(`DROP SCHEMA IF EXISTS ${quoted} CASCADE`);
  await client.query(`CREATE SCHEMA ${quoted}`);
  await client.query(`SET search_path TO ${quoted}`);
  await runSchema((sql) => client.query(sql), seed.schemaSql);
  await loadSeedRows((sql, values) => client.query(sql, values), `${quoted}."bazaar-vid_templates"`, storableSeed(seed).seed.rows);
}
