import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { canonicalJson, sha256 } from '@dataset/domain';
import type { EmbeddedSeed } from './embedded';

/**
 * A loaded embedded cluster kept on disk between builds, so `raw` does not insert every seed row again on
 * every run (about 2 s at 10,000 templates): it opens the cluster and applies only the rows whose seed
 * changed. Beside the templates table the cluster records, per row, the digest of the seed row it was loaded
 * from, in the same transaction as the row itself: after a sync the table holds exactly the seed's rows.
 */

/** The bookkeeping table: not in the search path, so `raw`'s queries never see it. */
const LOADED = '"_dataset_seed"."loaded_rows"';

export interface KeptCluster {
  db: PGlite;
  /** Seed rows the sync inserted or replaced. */
  changed: number;
  release(): void;
}

type Query = (sql: string, values: unknown[]) => Promise<unknown>;
/** How the caller inserts seed rows into `table` (the same batched statements as a fresh load). */
type InsertRows = (query: Query, table: string, rows: EmbeddedSeed['rows']) => Promise<void>;

/**
 * Opens (or creates) the cluster kept for this seed's schema under `dir` and brings its rows in line with the
 * seed. Undefined when another process holds the cluster, or when it fails to open, initialize or sync — it
 * is then removed (it is only a cache), and the caller's fresh load either works or reports what is wrong
 * with the seed.
 */
export async function openKeptCluster(
  dir: string,
  seed: EmbeddedSeed,
  table: string,
  create: (dataDir: string) => Promise<PGlite>,
  insertRows: InsertRows,
): Promise<KeptCluster | undefined> {
  // One cluster per schema (and PGlite version, in the caller's `dir`): a schema change starts a new one.
  const home = join(dir, sha256(seed.schemaSql).slice(0, 16));
  const dataDir = join(home, 'pgdata');
  const release = acquireLock(home);
  if (!release) return undefined;
  let db: PGlite | undefined;
  try {
    try {
      db = await openExisting(dataDir, create);
    } catch {
      // A cluster that does not open (a crash mid-write, a damaged file): start it afresh.
      rmSync(dataDir, { recursive: true, force: true });
      db = await create(dataDir);
    }
    if (!(await hasBookkeeping(db))) await initialize(db, seed.schemaSql);
    const changed = await syncRows(db, table, seed.rows, insertRows);
    return { db, changed, release };
  } catch {
    await db?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    release();
    return undefined;
  }
}

async function openExisting(dataDir: string, create: (dataDir: string) => Promise<PGlite>): Promise<PGlite> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new Error('no cluster yet');
  const db = await create(dataDir);
  await db.query('SELECT 1');
  return db;
}

async function hasBookkeeping(db: PGlite): Promise<boolean> {
  const result = await db.query<{ present: boolean }>(`SELECT to_regclass('_dataset_seed.loaded_rows') IS NOT NULL AS present`);
  return result.rows[0]?.present === true;
}

/** A cluster without bookkeeping holds nothing we loaded: give it the schema and an empty record, in one go. */
async function initialize(db: PGlite, schemaSql: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec(schemaSql);
    await tx.exec(`CREATE SCHEMA "_dataset_seed"; CREATE TABLE ${LOADED} (id text PRIMARY KEY, digest text NOT NULL);`);
  });
}

/** Brings the table in line with `rows`; returns how many rows it inserted or replaced. */
async function syncRows(db: PGlite, table: string, rows: EmbeddedSeed['rows'], insertRows: InsertRows): Promise<number> {
  const wanted = new Map(rows.map((row) => [row.id, sha256(canonicalJson([row.id, row.name, row.tsxCode, row.updatedAt]))]));
  const loaded = new Map((await db.query<{ id: string; digest: string }>(`SELECT id, digest FROM ${LOADED}`)).rows.map((r) => [r.id, r.digest]));
  const stale = [...loaded].filter(([id, digest]) => wanted.get(id) !== digest).map(([id]) => id);
  const fresh = rows.filter((row) => loaded.get(row.id) !== wanted.get(row.id));
  if (stale.length === 0 && fresh.length === 0) return 0;
  await db.transaction(async (tx) => {
    const query: Query = (sql, values) => tx.query(sql, values);
    if (stale.length > 0) {
      // `id = ANY($1)` types the parameter as the column does (uuid or text), as `raw`'s own query does.
      await tx.query(`DELETE FROM ${table} WHERE id = ANY($1)`, [stale]);
      await tx.query(`DELETE FROM ${LOADED} WHERE id = ANY($1)`, [stale]);
    }
    await insertRows(query, table, fresh);
    for (let i = 0; i < fresh.length; i += 500) {
      const chunk = fresh.slice(i, i + 500);
      await tx.query(`INSERT INTO ${LOADED} (id, digest) SELECT * FROM unnest($1::text[], $2::text[])`, [chunk.map((r) => r.id), chunk.map((r) => wanted.get(r.id))]);
    }
  });
  return fresh.length;
}

/**
 * Removes the clusters under `dir` that no start has used since `unusedSince` (a cluster's folder changes
 * whenever a start takes and gives back its lock) and that no process holds now: those of an older schema or
 * PGlite version, mostly.
 */
export function pruneKeptClusters(dir: string, unusedSince: number): void {
  if (!existsSync(dir)) return;
  for (const version of readdirSync(dir, { withFileTypes: true })) {
    if (!version.isDirectory()) continue;
    for (const home of readdirSync(join(dir, version.name), { withFileTypes: true })) {
      const path = join(dir, version.name, home.name);
      try {
        if (!home.isDirectory() || statSync(path).mtimeMs >= unusedSince || !acquireLock(path)) continue;
        rmSync(path, { recursive: true, force: true });
      } catch {
        // Removed by another process meanwhile.
      }
    }
  }
}

/**
 * One process at a time per cluster: `<home>/lock` holds the owner's pid. A lock whose process is gone (a
 * crash) is taken over. Undefined when a live process holds it, or when the folder cannot be written.
 */
function acquireLock(home: string): (() => void) | undefined {
  try {
    mkdirSync(home, { recursive: true });
  } catch {
    return undefined; // a read-only cache folder: no kept cluster, a fresh load
  }
  const lock = join(home, 'lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch {
      const owner = Number(readFileText(lock));
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return undefined;
      rmSync(lock, { force: true });
    }
  }
  return undefined;
}

function readFileText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
