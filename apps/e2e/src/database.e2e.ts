import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedIntoSchema, readEmbeddedSeed } from '@dataset/sources';
import { createTempWorkspace, runNx, type TempWorkspace } from '@dataset/harness';

const serverUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('raw against a real PostgreSQL server', () => {
  let ws: TempWorkspace;
  let client: pg.Client;
  const schema = `e2e_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    ws = createTempWorkspace();
    client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    // Load the demo rows into a real server: the same dataset must come out as from the embedded one.
    await loadSeedIntoSchema(client, schema, readEmbeddedSeed(join(ws.root, 'data/db')));
    writeFileSync(join(ws.root, 'data/server.config.json'), JSON.stringify({ ...demoConfig(ws.root), schema }, null, 2));
  });

  afterAll(async () => {
    await client?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client?.end();
    ws?.remove();
  });

  it('builds the same dataset through DATABASE_URL as through the embedded database', () => {
    const embedded = runNx(ws.root, ['run', 'dataset:upload']);
    expect(embedded.status, embedded.output).toBe(0);
    const server = runNx(ws.root, ['run', 'dataset:upload'], { DATABASE_URL: serverUrl, DATASET_CONFIG: 'data/server.config.json' });
    expect(server.status, server.output).toBe(0);
    expect(server.tasks.get('raw')).toBe('ran');
    expect(server.output).toContain('identical to release v1');
  });

  it('reruns raw when a selected row changes on the server, and only then', async () => {
    const env = { DATABASE_URL: serverUrl, DATASET_CONFIG: 'data/server.config.json' };
    expect(runNx(ws.root, ['run', 'dataset:raw'], env).tasks.get('raw')).toBe('cache');
    const table = `"${schema}"."bazaar-vid_templates"`;
    // A row nobody selects changes: the fingerprint covers only the selected rows, so raw stays cached.
    const selected = (JSON.parse(readFileSync(join(ws.root, 'data/canonical.json'), 'utf8')) as { source: { dbId?: string } }[]).flatMap((t) => (t.source.dbId ? [t.source.dbId] : []));
    const { rows } = await client.query(`SELECT id::text AS id FROM ${table} WHERE NOT (id::text = ANY($1))`, [selected]);
    expect(rows.length).toBeGreaterThan(0);
    await client.query(`UPDATE ${table} SET tsx_code = tsx_code || ' ' WHERE id = $1`, [rows[0].id]);
    expect(runNx(ws.root, ['run', 'dataset:raw'], env).tasks.get('raw')).toBe('cache');
    await client.query(`UPDATE ${table} SET updated_at = updated_at + interval '1 second' WHERE id = $1`, [selected[0]]);
    expect(runNx(ws.root, ['run', 'dataset:raw'], env).tasks.get('raw')).toBe('ran');
  });

  it('fails raw, caching nothing, when the rows change between the cache key and the read', async () => {
    // A view whose rows are stamped with the transaction's start: every snapshot of it differs, as a table
    // does that someone writes to between Nx computing raw's key and raw reading the rows.
    await client.query(`CREATE VIEW "${schema}"."moving_templates" AS SELECT id, name, tsx_code, now() AS updated_at FROM "${schema}"."bazaar-vid_templates"`);
    writeFileSync(join(ws.root, 'data/moving.config.json'), JSON.stringify({ ...demoConfig(ws.root), schema, table: 'moving_templates' }));
    const env = { DATABASE_URL: serverUrl, DATASET_CONFIG: 'data/moving.config.json' };
    const run = runNx(ws.root, ['run', 'dataset:raw'], env);
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toContain('the database changed during the build');
    // Nothing was cached under the first key: the same failure, not a hit, on the next run.
    const again = runNx(ws.root, ['run', 'dataset:raw'], env);
    expect(again.tasks.get('raw')).not.toBe('cache');
    expect(again.output).toContain('the database changed during the build');
  });

  it('fails with a clear message when the database is unreachable, and writes no release', () => {
    const before = readdirSync(join(ws.root, 'releases')).sort();
    const run = runNx(ws.root, ['run', 'dataset:upload'], { DATABASE_URL: 'postgres://someone:hunter2-secret@127.0.0.1:1/none' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('cannot connect to the database in DATABASE_URL');
    expect(run.output).not.toContain('hunter2-secret');
    expect(readdirSync(join(ws.root, 'releases')).sort()).toEqual(before);
  });

  it('names a missing table', () => {
    writeFileSync(join(ws.root, 'data/missing-table.config.json'), JSON.stringify({ ...demoConfig(ws.root), schema, table: 'no_such_templates' }));
    const run = runNx(ws.root, ['run', 'dataset:raw'], { DATABASE_URL: serverUrl, DATASET_CONFIG: 'data/missing-table.config.json' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('"no_such_templates" does not exist');
  });
});

function demoConfig(root: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, 'data/dataset.config.json'), 'utf8')) as Record<string, unknown>;
}
