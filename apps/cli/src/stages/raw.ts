import { describeIgnoredFields } from '@dataset/domain';
import { assembleRawTemplates, dbIdsOf, readTemplateSnapshot } from '@dataset/sources';
import type { DatasetConfig } from '@dataset/config';
import { json, jsonl, writeAsset } from '../assets';
import { openTemplateDatabase, tableRef } from '../database';
import { assertDatabaseUnchanged, recordedDatabaseDigest } from '../database-digest';
import { loadRawInputs } from '../inputs/raw';
import { scanCodeEarly } from '../scan-early';

/** Asset `raw`: the template rows the metadata names, with overrides and registry modules filled in. */
export async function materializeRaw(config: DatasetConfig): Promise<void> {
  const inputs = loadRawInputs(config);
  const ids = dbIdsOf(inputs.templates);
  const db = await openTemplateDatabase(config.embeddedDatabase);
  let rows;
  try {
    const snapshot = await readTemplateSnapshot(db.client, tableRef(config), ids);
    rows = snapshot.rows;
    // The embedded database is built from files, whose bytes are the key: only a server changes under a build.
    if (process.env['DATABASE_URL']) assertDatabaseUnchanged(snapshot.digest, recordedDatabaseDigest());
  } finally {
    await db.close();
  }
  const asset = assembleRawTemplates({
    metadata: inputs.templates,
    rows,
    overrides: new Map(Object.entries(inputs.overrides)),
    registry: new Map(Object.entries(inputs.registry)),
    unreadableRows: db.unreadableRows,
    maxCodeBytes: inputs.maxCodeBytes,
    ignoredFields: [...inputs.ignoredFields, ...db.ignoredFields],
  });
  // Before the asset (and the Nx cache with it) holds any code: see checks.secrets.scanEarly.
  const scanned = await scanCodeEarly(config, asset.templates);
  writeAsset('raw', { 'templates.jsonl': jsonl(scanned.templates), 'manifest.json': json(asset.manifest), 'secrets.json': json(scanned.secrets) });
  const m = asset.manifest;
  const refusedCodes = [...new Set(m.rejections.map((r) => r.code))].sort().map((code) => `${code}×${m.rejections.filter((r) => r.code === code).length}`);
  const refused = m.rejections.length ? `, ${m.rejections.length} refused (${refusedCodes.join(', ')})` : '';
  const ignored = describeIgnoredFields(m.ignoredFields);
  console.log(
    `raw: ${m.templatesFound}/${m.templatesRequested} templates from ${db.label} (${rows.length} rows, ` +
      `${m.fromOverrides.length} from overrides, ${m.missingTemplates.length} missing${refused}${ignored ? `; ${ignored}` : ''})`,
  );
}
