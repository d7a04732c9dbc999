import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type pg from 'pg';
import { InputError, issueField } from '@dataset/domain';
import { openKeptCluster } from './embedded-cluster';

export { pruneKeptClusters } from './embedded-cluster';

/** One row of the embedded demo database, as `rows.json` lists it. */
export const EmbeddedRow = z.strictObject({
  id: z.string().uuid(),
  name: z.string().min(1),
  code: z.string().min(1).nullable(),
  updatedAt: z.string().datetime(),
});
export type EmbeddedRow = z.infer<typeof EmbeddedRow>;

export interface EmbeddedSeed {
  schemaSql: string;
  rows: { id: string; name: string; tsxCode: string | null; updatedAt: string }[];
}

/** The files that make up the embedded database: `schema.sql`, `rows.json` and the code files it names. */
export function seedFiles(dir: string): string[] {
  const rows = parseRows(dir);
  return [join(dir, 'schema.sql'), join(dir, 'rows.json'), ...rows.filter((r) => r.code).map((r) => resolve(dir, r.code!))];
}

function parseRows(dir: string): EmbeddedRow[] {
  const file = join(dir, 'rows.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, null, null, `cannot read embedded database rows (${(error as Error).message})`);
  }
  const parsed = z.array(EmbeddedRow).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, null, issueField(issue), issue.message);
  }
  return parsed.data;
}

export function readEmbeddedSeed(dir: string): EmbeddedSeed {
  const rows = parseRows(dir).map((row) => ({
    id: row.id,
    name: row.name,
    tsxCode: row.code === null ? null : readFileSync(resolve(dir, row.code), 'utf8'),
    updatedAt: row.updatedAt,
  }));
  return { schemaSql: readFileSync(join(dir, 'schema.sql'), 'utf8'), rows };
}

export interface EmbeddedDatabase {
  /** Connection settings for a `pg` client: the same driver and SQL as a real server. */
  connection: pg.ClientConfig;
  /** Seed rows inserted by this start: all of them, or with a kept cluster only those that changed. */
  rowsLoaded: number;
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
export async function startEmbeddedDatabase(seed: EmbeddedSeed, options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  // Loaded on demand: fingerprints read the seed files and never start the database.
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const kept = options.keepDir ? await keptCluster(options.keepDir, seed, options.snapshotDir) : undefined;
  const db = kept?.db ?? (await loadedInMemory(seed, options.snapshotDir));
  const socketDir = mkdtempSync(join(tmpdir(), 'dataset-pglite-'));
  const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432') });
  await server.start();
  return {
    connection: { host: socketDir, port: 5432, user: 'postgres', database: 'postgres' },
    rowsLoaded: kept ? kept.changed : seed.rows.length,
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
  await db.exec(seed.schemaSql);
  await insertSeedRows((sql, values) => db.query(sql, values), SEED_TABLE, seed.rows);
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

async function insertSeedRows(query: (sql: string, values: unknown[]) => Promise<unknown>, table: string, rows: EmbeddedSeed['rows']): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const chunk = rows.slice(i, i + INSERT_BATCH);
    const values = chunk.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`).join(', ');
    await query(
      `INSERT INTO ${table} (id, name, tsx_code, updated_at) VALUES ${values}`,
      chunk.flatMap((r) => [r.id, r.name, r.tsxCode, r.updatedAt]),
    );
  }
}

/**
 * Loads a seed into a real server, in a schema of its own (dropped first): how tests and benchmarks put the
 * demo or a synthetic corpus where `raw` reads production data.
 */
export async function loadSeedIntoSchema(client: pg.Client, schema: string, seed: EmbeddedSeed): Promise<void> {
  const quoted = `"${schema.replaceAll('"', '""')}"`;
  await client.query(`DROP SCHEMA IF EXISTS ${quoted} CASCADE`);
  await client.query(`CREATE SCHEMA ${quoted}`);
  await client.query(`SET search_path TO ${quoted}`);
  await client.query(seed.schemaSql);
  await insertSeedRows((sql, values) => client.query(sql, values), `${quoted}."bazaar-vid_templates"`, seed.rows);
}
