import type { IgnoredField, MissingTemplate, RawManifest, RawTemplate, TemplateLocator } from '@dataset/domain';
import type { TemplateRow } from './postgres';

export interface RawInputs {
  metadata: readonly TemplateLocator[];
  rows: readonly TemplateRow[];
  /** templateId → code from `overrides/<templateId>.tsx`. */
  overrides: ReadonlyMap<string, string>;
  /** registryId → module source from the registry folder. */
  registry: ReadonlyMap<string, string>;
  /** Fields the inputs carried that nothing reads, listed in the manifest as they are. */
  ignoredFields?: readonly IgnoredField[];
}

export interface RawAsset {
  templates: RawTemplate[];
  manifest: RawManifest;
}

export function dbIdsOf(metadata: readonly TemplateLocator[]): string[] {
  return metadata.flatMap((t) => (t.source.type === 'db' ? [t.source.dbId] : [])).sort();
}

/** Joins metadata with the rows the DB returned; the override file stands in for a missing or empty row. */
export function assembleRawTemplates(inputs: RawInputs): RawAsset {
  const rowsById = new Map(inputs.rows.map((row) => [row.id.toLowerCase(), row]));
  const templates: RawTemplate[] = [];
  const missing: MissingTemplate[] = [];
  const fromOverrides: string[] = [];

  for (const template of [...inputs.metadata].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const base = {
      templateId: template.id,
      name: template.name,
      duration: template.duration,
      supportedFormats: template.supportedFormats,
    };
    if (template.source.type === 'registry') {
      const code = inputs.registry.get(template.source.registryId);
      const sourceId = template.source.registryId;
      if (code === undefined || code.trim() === '') {
        missing.push({ templateId: template.id, sourceId, reason: 'not-in-registry' });
      } else {
        templates.push({ ...base, sourceType: 'registry', sourceId, provenance: 'registry', code, updatedAt: null });
      }
      continue;
    }
    const sourceId = template.source.dbId;
    const row = rowsById.get(sourceId.toLowerCase());
    const hasCode = row !== undefined && row.tsx_code !== null && row.tsx_code.trim() !== '';
    if (hasCode) {
      templates.push({ ...base, sourceType: 'db', sourceId, provenance: 'db', code: row.tsx_code!, updatedAt: row.updated_at });
      continue;
    }
    const override = inputs.overrides.get(template.id);
    if (override !== undefined && override.trim() !== '') {
      fromOverrides.push(template.id);
      templates.push({ ...base, sourceType: 'db', sourceId, provenance: 'override', code: override, updatedAt: row?.updated_at ?? null });
    } else {
      missing.push({ templateId: template.id, sourceId, reason: row === undefined ? 'not-in-db' : 'empty-code' });
    }
  }
  return {
    templates,
    manifest: {
      templatesRequested: inputs.metadata.length,
      templatesFound: templates.length,
      fromOverrides,
      missingTemplates: missing,
      rejections: [],
      ignoredFields: [...(inputs.ignoredFields ?? [])],
    },
  };
}
