import type { IgnoredField, MissingTemplate, RawManifest, RawTemplate, Rejection, TemplateLocator } from '@dataset/domain';
import { checkCode, type FoundCode, type UnreadableCode } from './code';
import type { TemplateRow } from './postgres';

export interface RawInputs {
  metadata: readonly TemplateLocator[];
  rows: readonly TemplateRow[];
  /** templateId → code from `overrides/<templateId>.tsx`. */
  overrides: ReadonlyMap<string, FoundCode>;
  /** registryId → module source from the registry folder. */
  registry: ReadonlyMap<string, FoundCode>;
  /** DB id → why the database holds that row without its code (the embedded loader could not store it). */
  unreadableRows?: ReadonlyMap<string, UnreadableCode>;
  /** A template whose code is larger (UTF-8 bytes) is refused; absent, any size is kept. */
  maxCodeBytes?: number;
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

/** Where a template's code was found, or why it was not. */
type Located =
  | { found: true; code: FoundCode; provenance: RawTemplate['provenance']; updatedAt: string | null }
  | { found: false; reason: MissingTemplate['reason'] };

/**
 * Joins metadata with the rows the DB returned; the override file stands in for a missing or empty row.
 * Code that is unreadable, holds a NUL byte or is over `maxCodeBytes` is refused (a rejection of that
 * template, stage `raw`), never passed on.
 */
export function assembleRawTemplates(inputs: RawInputs): RawAsset {
  const rowsById = new Map(inputs.rows.map((row) => [row.id.toLowerCase(), row]));
  const unreadableRows = new Map([...(inputs.unreadableRows ?? [])].map(([id, why]) => [id.toLowerCase(), why]));
  const maxCodeBytes = inputs.maxCodeBytes ?? Infinity;
  const templates: RawTemplate[] = [];
  const missing: MissingTemplate[] = [];
  const rejections: Rejection[] = [];
  const fromOverrides: string[] = [];

  const locate = (template: TemplateLocator): Located => {
    if (template.source.type === 'registry') {
      const code = inputs.registry.get(template.source.registryId);
      return hasCode(code) ? { found: true, code, provenance: 'registry', updatedAt: null } : { found: false, reason: 'not-in-registry' };
    }
    const dbId = template.source.dbId.toLowerCase();
    const row = rowsById.get(dbId);
    // A row the database holds without its code because it could not store it: refused, not overridden.
    const unreadable = unreadableRows.get(dbId);
    if (unreadable) return { found: true, code: unreadable, provenance: 'db', updatedAt: row?.updated_at ?? null };
    if (row !== undefined && hasCode(row.tsx_code)) return { found: true, code: row.tsx_code, provenance: 'db', updatedAt: row.updated_at };
    const override = inputs.overrides.get(template.id);
    if (hasCode(override)) return { found: true, code: override, provenance: 'override', updatedAt: row?.updated_at ?? null };
    return { found: false, reason: row === undefined ? 'not-in-db' : 'empty-code' };
  };

  for (const template of [...inputs.metadata].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const sourceType = template.source.type;
    const sourceId = template.source.type === 'db' ? template.source.dbId : template.source.registryId;
    const located = locate(template);
    if (!located.found) {
      missing.push({ templateId: template.id, sourceId, reason: located.reason });
      continue;
    }
    const checked = checkCode(located.code, maxCodeBytes);
    if (!checked.usable) {
      rejections.push({ templateId: template.id, stage: 'raw', code: checked.code, message: checked.message });
      continue;
    }
    if (located.provenance === 'override') fromOverrides.push(template.id);
    templates.push({
      templateId: template.id,
      name: template.name,
      sourceType,
      sourceId,
      provenance: located.provenance,
      duration: template.duration,
      supportedFormats: template.supportedFormats,
      code: checked.text,
      updatedAt: located.updatedAt,
    });
  }
  return {
    templates,
    manifest: {
      templatesRequested: inputs.metadata.length,
      templatesFound: templates.length,
      fromOverrides,
      missingTemplates: missing,
      rejections,
      ignoredFields: [...(inputs.ignoredFields ?? [])],
    },
  };
}

/** Code worth using: present and not blank (unreadable code counts as present: it is refused, not replaced). */
function hasCode<T extends FoundCode>(code: T | null | undefined): code is T {
  return code !== undefined && code !== null && (typeof code !== 'string' || code.trim() !== '');
}
