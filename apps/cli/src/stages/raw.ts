import { describeIgnoredFields } from '@dataset/domain';
import { assembleRawTemplates, dbIdsOf, fetchTemplateRows } from '@dataset/sources';
import type { DatasetConfig } from '@dataset/config';
import { json, jsonl, writeAsset } from '../assets';
import { openTemplateDatabase, tableRef } from '../database';
import { loadRawInputs } from '../inputs/raw';

/** Asset `raw`: the template rows the metadata names, with overrides and registry modules filled in. */
export async function materializeRaw(config: DatasetConfig): Promise<void> {
  const inputs = loadRawInputs(config);
  const ids = dbIdsOf(inputs.templates);
  const db = await openTemplateDatabase(config.embeddedDatabase);
  let rows;
  try {
    rows = await fetchTemplateRows(db.client, tableRef(config), ids);
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
  writeAsset('raw', { 'templates.jsonl': jsonl(asset.templates), 'manifest.json': json(asset.manifest) });
  const m = asset.manifest;
  const refusedCodes = [...new Set(m.rejections.map((r) => r.code))].sort().map((code) => `${code}×${m.rejections.filter((r) => r.code === code).length}`);
  const refused = m.rejections.length ? `, ${m.rejections.length} refused (${refusedCodes.join(', ')})` : '';
  const ignored = describeIgnoredFields(m.ignoredFields);
  console.log(
    `raw: ${m.templatesFound}/${m.templatesRequested} templates from ${db.label} (${rows.length} rows, ` +
      `${m.fromOverrides.length} from overrides, ${m.missingTemplates.length} missing${refused}${ignored ? `; ${ignored}` : ''})`,
  );
}
