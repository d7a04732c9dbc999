import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IgnoredFieldTally, type TemplateLocator } from '@dataset/domain';
import { assembleRawTemplates } from './assemble';
import { readEmbeddedSeed, startEmbeddedDatabase, type EmbeddedSeed } from './embedded';
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
  });
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

describe('the embedded database and code PostgreSQL cannot hold', () => {
  const snapshotDir = mkdtempSync(join(tmpdir(), 'pglite-snapshot-'));
  dirs.push(snapshotDir);
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  /** A seed folder as `embeddedDatabase` names it; `files` are the row code files, as bytes. */
  function seedFolder(rows: unknown[], files: Record<string, string | Uint8Array>, schemaSql = SEED.schemaSql): string {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-seed-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'rows'));
    writeFileSync(join(dir, 'schema.sql'), schemaSql);
    writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'rows', name), content);
    return dir;
  }
  const row = (n: number, extra: Record<string, unknown> = {}) => ({ id: id(n), name: `T${n}`, code: `rows/t${n}.tsx`, updatedAt: '2025-09-28T10:00:00Z', ...extra });

  async function serve(seed: EmbeddedSeed, keepDir?: string) {
    const embedded = await startEmbeddedDatabase(seed, { snapshotDir, keepDir });
    const client = await connectDatabase(embedded.connection, 'the embedded database');
    try {
      return { rows: await fetchTemplateRows(client, ref, seed.rows.map((r) => r.id)), unreadableRows: embedded.unreadableRows };
    } finally {
      await client.end();
      await embedded.close();
    }
  }

  it('loads a row whose code holds a NUL byte or is not UTF-8 without its code, so raw refuses that template alone', async () => {
    const dir = seedFolder(
      [row(1, { createdAt: '2025-01-01', author: 'x' }), row(2, { createdAt: '2025-01-01' }), row(3), row(4)],
      {
        't1.tsx': 'export default () => 1;',
        't2.tsx': 'export default () => "\u0000";',
        't3.tsx': Buffer.from([0x2f, 0x2f, 0x20, 0xff, 0xfe, 0x0a]),
        't4.tsx': 'export default () => 4;',
      },
      // Columns the dataset does not read are fine.
      SEED.schemaSql.replace('updated_at timestamptz NOT NULL', 'updated_at timestamptz NOT NULL, created_at timestamptz DEFAULT now(), author text'),
    );
    const ignored = new IgnoredFieldTally();
    const seed = readEmbeddedSeed(dir, ignored);
    expect(ignored.fields()).toEqual([
      { source: 'database rows (rows.json)', field: 'createdAt', count: 2 },
      { source: 'database rows (rows.json)', field: 'author', count: 1 },
    ]);
    const served = await serve(seed);
    expect(served.rows.map((r) => [r.id, r.tsx_code])).toEqual([
      [id(1), 'export default () => 1;'],
      [id(2), null],
      [id(3), null],
      [id(4), 'export default () => 4;'],
    ]);
    expect(served.unreadableRows).toEqual(
      new Map([
        [id(2), { refused: 'CODE_NUL_BYTE', message: 'the code holds a NUL byte (U+0000) at character 22' }],
        [id(3), { refused: 'CODE_INVALID_UTF8', message: 'rows/t3.tsx is not valid UTF-8' }],
      ]),
    );

    const locator = (n: number): TemplateLocator => ({ id: `t${n}`, name: `T${n}`, source: { type: 'db', dbId: id(n) }, duration: 90, supportedFormats: ['landscape'] });
    const asset = assembleRawTemplates({ metadata: [1, 2, 3, 4].map(locator), rows: served.rows, overrides: new Map(), registry: new Map(), unreadableRows: served.unreadableRows });
    expect(asset.templates.map((t) => t.templateId)).toEqual(['t1', 't4']);
    expect(asset.manifest.rejections.map((r) => [r.templateId, r.stage, r.code])).toEqual([
      ['t2', 'raw', 'CODE_NUL_BYTE'],
      ['t3', 'raw', 'CODE_INVALID_UTF8'],
    ]);
  });

  it('never hands PostgreSQL a NUL byte, from a fresh cluster or a kept one', async () => {
    const seed: EmbeddedSeed = { ...SEED, rows: SEED.rows.slice(0, 3).map((r, i) => (i === 1 ? { ...r, tsxCode: 'a\u0000b' } : r)) };
    const keepDir = mkdtempSync(join(tmpdir(), 'pglite-kept-'));
    dirs.push(keepDir);
    for (const served of [await serve(seed), await serve(seed, keepDir), await serve(seed, keepDir)]) {
      expect(served.rows.map((r) => r.tsx_code)).toEqual([null, null, 'export default () => 2;']);
      expect([...served.unreadableRows.keys()]).toEqual([seed.rows[1]!.id]);
    }
  });

  it('names the row it cannot load in one line', async () => {
    const seed: EmbeddedSeed = { ...SEED, rows: [...SEED.rows.slice(0, 150), { ...SEED.rows[120]!, name: 'Twice' }] };
    const error = await startEmbeddedDatabase(seed, { snapshotDir }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'DatabaseError' });
    expect((error as Error).message).toBe(`embedded database: row ${SEED.rows[120]!.id} ("Twice") cannot be loaded: duplicate key value violates unique constraint "bazaar-vid_templates_pkey"`);
    const schema = await startEmbeddedDatabase({ ...SEED, schemaSql: 'CREATE TABLE oops (' }, { snapshotDir }).catch((e: Error) => e);
    expect((schema as Error).message).toMatch(/^embedded database: schema\.sql fails: syntax error[^\n]*$/);
  });

  it('names the row and field of rows.json that is wrong, and a file that is missing', () => {
    expect(() => readEmbeddedSeed(seedFolder([row(1), row(2, { updatedAt: 42, createdAt: 'x' })], {}))).toThrow(/rows\.json \(field \[1\]\.updatedAt\): .*expected string/);
    expect(() => readEmbeddedSeed(seedFolder([row(1, { name: 'a\u0000b' })], {}))).toThrow(/rows\.json \(field \[0\]\.name\): a NUL byte/);
    const noSchema = seedFolder([row(1)], { 't1.tsx': 'x' });
    rmSync(join(noSchema, 'schema.sql'));
    expect(() => readEmbeddedSeed(noSchema)).toThrow(/schema\.sql: cannot read the embedded database's schema \(ENOENT\)/);
    expect(() => readEmbeddedSeed(seedFolder([row(1)], {}))).toThrow(new RegExp(`rows\\.json \\(field \\[0\\]\\.code\\): cannot read rows/t1\\.tsx for row ${id(1)} \\(ENOENT\\)`));
  });
});

