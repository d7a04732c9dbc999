import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedSeed } from './embedded';
import { connectDatabase, fetchTemplateRows } from './postgres';

const SEED: EmbeddedSeed = {
  schemaSql: `CREATE TABLE "bazaar-vid_templates" (id uuid PRIMARY KEY, name text NOT NULL, tsx_code text, updated_at timestamptz NOT NULL);`,
  rows: Array.from({ length: 250 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `T${i}`,
    tsxCode: i % 7 === 0 ? null : `export default () => ${i};`,
    updatedAt: '2025-09-28T10:00:00.000Z',
  })),
};
const ref = { table: 'bazaar-vid_templates', schema: null };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function readAll(snapshotDir: string) {
  const embedded = await startEmbeddedDatabase(SEED, { snapshotDir });
  const client = await connectDatabase(embedded.connection, 'the embedded database');
  try {
    return await fetchTemplateRows(client, ref, SEED.rows.map((r) => r.id));
  } finally {
    await client.end();
    await embedded.close();
  }
}

describe('startEmbeddedDatabase with a snapshot folder', () => {
  it('serves every seed row (batched inserts) the same from a fresh cluster and from its snapshot, and replaces a damaged snapshot', async () => {
    const snapshotDir = mkdtempSync(join(tmpdir(), 'pglite-snapshot-'));
    dirs.push(snapshotDir);
    const fresh = await readAll(snapshotDir);
    expect(fresh).toHaveLength(250);
    expect(fresh.filter((r) => r.tsx_code === null)).toHaveLength(36);
    const [snapshot] = readdirSync(snapshotDir);
    expect(snapshot).toMatch(/^pglite-\d+\.\d+\.\d+-empty\.tar$/);
    const written = statSync(join(snapshotDir, snapshot!)).mtimeMs;

    expect(await readAll(snapshotDir)).toEqual(fresh);
    expect(statSync(join(snapshotDir, snapshot!)).mtimeMs).toBe(written);

    writeFileSync(join(snapshotDir, snapshot!), 'not a data directory');
    expect(await readAll(snapshotDir)).toEqual(fresh);
    expect(existsSync(join(snapshotDir, snapshot!)) && statSync(join(snapshotDir, snapshot!)).size > 1_000_000).toBe(true);
  }, 60_000);
});
