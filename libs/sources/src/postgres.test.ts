import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, fetchTemplateRows, fingerprintTemplateRows, quoteTable, readTemplateSnapshot, type TableRef } from './postgres';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

// With a column the dataset does not read: a production table has more than these four.
const SCHEMA_SQL = `CREATE TABLE "bazaar-vid_templates" (id uuid PRIMARY KEY, name text NOT NULL, tsx_code text, updated_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`;
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

/** The same assertions run against a real server and against the embedded PGlite, through `pg`. */
function contract(name: string, open: () => Promise<{ client: pg.Client; ref: TableRef; close: () => Promise<void> }>) {
  describe(name, () => {
    let db: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => db?.close());

    it('fetches only the requested ids, with NULL code kept as null', async () => {
      const rows = await fetchTemplateRows(db.client, db.ref, [B, A]);
      expect(rows.map((r) => r.id)).toEqual([A, B]);
      expect(rows[0]!.tsx_code).toBe('export default () => null;');
      expect(rows[1]!.tsx_code).toBeNull();
      expect(rows[0]!.updated_at).toBe('2025-09-28T10:00:00.000000Z');
    });

    it('fingerprints the selected rows: a change to one of them changes it, other rows do not', async () => {
      const before = await fingerprintTemplateRows(db.client, db.ref, [A, B]);
      await db.client.query(`UPDATE ${quoteTable(db.ref)} SET tsx_code = 'changed' WHERE id = $1`, [C]);
      expect(await fingerprintTemplateRows(db.client, db.ref, [A, B])).toBe(before);
      await db.client.query(`UPDATE ${quoteTable(db.ref)} SET tsx_code = 'changed' WHERE id = $1`, [A]);
      const after = await fingerprintTemplateRows(db.client, db.ref, [A, B]);
      expect(after).not.toBe(before);
      await db.client.query(`DELETE FROM ${quoteTable(db.ref)} WHERE id = $1`, [B]);
      expect(await fingerprintTemplateRows(db.client, db.ref, [A, B])).not.toBe(after);
    });

    it('reads the rows and the fingerprint of exactly those rows in one snapshot', async () => {
      const snapshot = await readTemplateSnapshot(db.client, db.ref, [A, B, C]);
      expect(snapshot.rows).toEqual(await fetchTemplateRows(db.client, db.ref, [A, B, C]));
      expect(snapshot.digest).toBe(await fingerprintTemplateRows(db.client, db.ref, [A, B, C]));
    });

    it('names the row and column of a value of another type', async () => {
      const odd = { ...db.ref, table: 'odd_templates' };
      await db.client.query(`CREATE TABLE ${quoteTable(odd)} (id uuid PRIMARY KEY, name integer, tsx_code text, updated_at timestamptz)`);
      await db.client.query(`INSERT INTO ${quoteTable(odd)} VALUES ('${A}', 7, 'x', now())`);
      await expect(fetchTemplateRows(db.client, odd, [A])).rejects.toThrow(new RegExp(`^query on .*"odd_templates" failed: row ${A}: column name: .*expected string`));
    });

    it('names a missing table', async () => {
      await expect(fetchTemplateRows(db.client, { ...db.ref, table: 'no_such_table' }, [A])).rejects.toThrow(/"no_such_table" does not exist/);
    });
  });
}

async function seed(client: pg.Client, ref: TableRef) {
  await client.query(`INSERT INTO ${quoteTable(ref)} (id, name, tsx_code, updated_at) VALUES
    ('${A}', 'A', 'export default () => null;', '2025-09-28T10:00:00Z'),
    ('${B}', 'B', NULL, '2025-09-28T10:00:00Z'),
    ('${C}', 'C', 'other', '2025-09-28T10:00:00Z')`);
}

const serverUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

contract('a real PostgreSQL server', async () => {
  const schema = `sources_test_${process.pid}_${Date.now()}`;
  const client = await connectDatabase({ connectionString: serverUrl }, 'the test database');
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  await client.query(SCHEMA_SQL);
  const ref = { table: 'bazaar-vid_templates', schema };
  await seed(client, ref);
  return {
    client,
    ref,
    async close() {
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    },
  };
});

contract('the embedded PGlite database', async () => {
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({ schemaSql: SCHEMA_SQL, rows: [] });
  const client = await connectDatabase(embedded.connection, 'the embedded database');
  const ref = { table: 'bazaar-vid_templates', schema: null };
  await seed(client, ref);
  return {
    client,
    ref,
    async close() {
      await client.end();
      await embedded.close();
    },
  };
});

describe('connectDatabase', () => {
  it('fails fast with a message that does not contain the password', async () => {
    const started = Date.now();
    const error = await connectDatabase({ connectionString: 'postgres://someone:s3cret-pw@127.0.0.1:1/x' }, 'the database in DATABASE_URL').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/cannot connect to the database in DATABASE_URL/);
    expect((error as Error).message).not.toContain('s3cret-pw');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('quoteTable', () => {
  it('quotes names as identifiers', () => {
    expect(quoteTable({ table: 'bazaar-vid_templates', schema: null })).toBe('"bazaar-vid_templates"');
    expect(quoteTable({ table: 'a"b', schema: 'public' })).toBe('"public"."a""b"');
  });
});
