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

describe('startEmbeddedDatabase with a kept cluster', () => {
  const snapshotDir = mkdtempSync(join(tmpdir(), 'pglite-snapshot-'));
  dirs.push(snapshotDir);

  async function serve(seed: EmbeddedSeed, keepDir?: string) {
    const embedded = await startEmbeddedDatabase(seed, { snapshotDir, keepDir });
    const client = await connectDatabase(embedded.connection, 'the embedded database');
    try {
      const rows = await fetchTemplateRows(client, ref, [...SEED.rows, ...seed.rows].map((r) => r.id));
      return { rows, rowsLoaded: embedded.rowsLoaded };
    } finally {
      await client.end();
      await embedded.close();
    }
  }
  const keepDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pglite-kept-'));
    dirs.push(dir);
    return dir;
  };

  it('serves exactly the seed rows after edits, deletions and additions, loading only the rows that changed', async () => {
    const dir = keepDir();
    expect(await serve(SEED, dir)).toEqual({ rows: (await serve(SEED)).rows, rowsLoaded: 250 });
    expect((await serve(SEED, dir)).rowsLoaded).toBe(0);

    const rows = SEED.rows.map((row) => ({ ...row }));
    rows[3]!.tsxCode = 'export default () => "edited";';
    rows[8]!.updatedAt = '2025-10-01T08:30:00.000Z';
    rows[15]!.tsxCode = null;
    rows.splice(20, 1);
    rows.push({ id: '00000000-0000-4000-8000-999999999999', name: 'New', tsxCode: 'export default () => 0;', updatedAt: '2025-09-28T10:00:00.000Z' });
    const edited = { ...SEED, rows };
    const fromScratch = await serve(edited);
    expect(fromScratch.rows).toHaveLength(250);
    expect(await serve(edited, dir)).toEqual({ rows: fromScratch.rows, rowsLoaded: 4 });
    expect(await serve(SEED, dir)).toEqual({ rows: (await serve(SEED)).rows, rowsLoaded: 4 });
  });

  it('starts a cluster of its own while another process holds the kept one, and takes over a dead owner’s lock', async () => {
    const dir = keepDir();
    await serve(SEED, dir);
    const [home] = readdirSync(join(dir, readdirSync(dir)[0]!));
    const lock = join(dir, readdirSync(dir)[0]!, home!, 'lock');
    writeFileSync(lock, String(process.ppid));
    expect((await serve(SEED, dir)).rowsLoaded).toBe(250);
    writeFileSync(lock, '999999999');
    expect((await serve(SEED, dir)).rowsLoaded).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('rebuilds a kept cluster that no longer opens', async () => {
    const dir = keepDir();
    await serve(SEED, dir);
    const home = join(dir, readdirSync(dir)[0]!, readdirSync(join(dir, readdirSync(dir)[0]!))[0]!);
    rmSync(join(home, 'pgdata', 'global'), { recursive: true, force: true });
    expect(await serve(SEED, dir)).toEqual({ rows: (await serve(SEED)).rows, rowsLoaded: 250 });
    expect((await serve(SEED, dir)).rowsLoaded).toBe(0);
  });
});
