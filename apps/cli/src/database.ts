import { resolve } from 'node:path';
import type pg from 'pg';
import { IgnoredFieldTally, type IgnoredField } from '@dataset/domain';
import { checkConnectionUrl, connectDatabase, readEmbeddedSeed, startEmbeddedDatabase, type TableRef, type UnreadableCode } from '@dataset/sources';
import { keptDatabaseDir } from './housekeeping';

/** The database `raw` reads: `DATABASE_URL` when set, else the embedded demo database (PGlite). */
export interface TemplateDatabase {
  client: pg.Client;
  label: string;
  /** Rows it holds without their code because it could not store it, by id, with the reason (embedded only). */
  unreadableRows: ReadonlyMap<string, UnreadableCode>;
  /** Fields of the embedded database's `rows.json` that nothing reads (a server's columns are selected by name). */
  ignoredFields: IgnoredField[];
  close(): Promise<void>;
}

export function tableRef(config: { table: string; schema: string | null }): TableRef {
  return { table: config.table, schema: config.schema };
}

export async function openTemplateDatabase(embeddedDir: string): Promise<TemplateDatabase> {
  const url = process.env['DATABASE_URL'];
  if (url) {
    // Never echo the URL: it may carry a password.
    checkConnectionUrl(url, 'DATABASE_URL');
    const client = await connectDatabase({ connectionString: url }, 'the database in DATABASE_URL');
    return { client, label: 'DATABASE_URL', unreadableRows: new Map(), ignoredFields: [], close: () => client.end() };
  }
  const ignored = new IgnoredFieldTally();
  const seed = readEmbeddedSeed(embeddedDir, ignored);
  // Beside the CLI bundle: a cache of this install's packages, not of any dataset.
  const embedded = await startEmbeddedDatabase(seed, { snapshotDir: resolve('node_modules/.cache/dataset-cli'), keepDir: keptDatabaseDir() });
  const client = await connectDatabase(embedded.connection, 'the embedded database');
  return {
    client,
    label: `embedded PGlite, ${embedded.rowsLoaded.toLocaleString('en-US')} of ${seed.rows.length.toLocaleString('en-US')} seed rows loaded`,
    unreadableRows: embedded.unreadableRows,
    ignoredFields: ignored.fields(),
    async close() {
      await client.end();
      await embedded.close();
    },
  };
}
