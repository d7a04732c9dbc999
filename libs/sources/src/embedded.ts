import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type pg from 'pg';
import { InputError, issueField } from '@dataset/domain';

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
  close(): Promise<void>;
}

/**
 * Starts PGlite in memory, loads the seed, and serves it on a private Unix socket so `raw` talks to it
 * through `pg` exactly as it talks to a production server.
 */
export async function startEmbeddedDatabase(seed: EmbeddedSeed): Promise<EmbeddedDatabase> {
  // Loaded on demand: fingerprints read the seed files and never start the database.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  await db.exec(seed.schemaSql);
  for (const row of seed.rows) {
    await db.query('INSERT INTO "bazaar-vid_templates" (id, name, tsx_code, updated_at) VALUES ($1, $2, $3, $4)', [
      row.id,
      row.name,
      row.tsxCode,
      row.updatedAt,
    ]);
  }
  const socketDir = mkdtempSync(join(tmpdir(), 'dataset-pglite-'));
  const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432') });
  await server.start();
  return {
    connection: { host: socketDir, port: 5432, user: 'postgres', database: 'postgres' },
    async close() {
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
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
  const BATCH = 500;
  for (let i = 0; i < seed.rows.length; i += BATCH) {
    const chunk = seed.rows.slice(i, i + BATCH);
    const values = chunk.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`).join(', ');
    await client.query(
      `INSERT INTO ${quoted}."bazaar-vid_templates" (id, name, tsx_code, updated_at) VALUES ${values}`,
      chunk.flatMap((r) => [r.id, r.name, r.tsxCode, r.updatedAt]),
    );
  }
}
