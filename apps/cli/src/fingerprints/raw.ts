import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DatasetConfig } from '@dataset/config';
import { canonicalJson, sha256 } from '@dataset/domain';
import { seedFiles } from '@dataset/sources/embedded';
import { loadRawMetadata, loadRawSources } from '../inputs/raw';
import { rememberedDigest } from './remembered';

/** What loadRawInputs returns, the metadata's part as a digest of its own (remembered by the file's bytes), and the database's state. */
export async function fingerprintRaw(config: DatasetConfig): Promise<string> {
  const { embeddedDatabase: _dir, ...sources } = loadRawSources(config);
  const metadata = rememberedDigest('raw', [config.metadata], () => sha256(canonicalJson(loadRawMetadata(config))));
  return sha256(canonicalJson({ ...sources, metadata, database: await databaseState(config) }));
}

async function databaseState(config: DatasetConfig): Promise<string> {
  if (!process.env['DATABASE_URL']) {
    // The embedded database is built from files: their bytes are its state, no need to start it.
    // A code file that is not there is `raw`'s to report (naming its row), not a reason to fail hashing.
    return sha256(seedFiles(config.embeddedDatabase).map((f) => (existsSync(f) ? sha256(readFileSync(f)) : `missing ${basename(f)}`)).join('\n'));
  }
  // Loaded only here: the pg driver is most of a fingerprint's start-up, and only this branch needs it.
  const { dbIdsOf, fingerprintTemplateRows } = await import('@dataset/sources');
  const { openTemplateDatabase, tableRef } = await import('../database');
  try {
    const db = await openTemplateDatabase(config.embeddedDatabase);
    try {
      const digest = await fingerprintTemplateRows(db.client, tableRef(config), dbIdsOf(loadRawMetadata(config).templates));
      (await import('../database-digest')).recordDatabaseDigest(digest);
      return digest;
    } finally {
      await db.close();
    }
  } catch {
    // An unreachable database must not become a cacheable key: make it unique so `raw` runs and reports it.
    return `unavailable-${process.pid}-${Date.now()}-${Math.random()}`;
  }
}
