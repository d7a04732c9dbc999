import { basename } from 'node:path';
import { z } from 'zod';
import { CanonicalTemplate, IgnoredFieldTally, InputError, issueField, parseOutsideRecord } from '@dataset/domain';

/**
 * Parses the canonical metadata file: a JSON array of templates; errors name the entry and field. Fields the
 * metadata carries that a template does not have (`createdAt`, `author`, `source.legacyId`…) are ignored and
 * counted in `ignored`.
 */
export function parseCanonicalMetadata(text: string, file: string, ignored = new IgnoredFieldTally()): CanonicalTemplate[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, null, null, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) throw new InputError(file, null, null, 'expected a JSON array of templates');
  const source = `metadata (${basename(file)})`;
  const templates: CanonicalTemplate[] = [];
  const seen = new Map<string, number>();
  const sourceIds = new Map<string, string>();
  json.forEach((entry: unknown, index) => {
    const parsed = parseOutsideRecord(CanonicalTemplate, entry);
    if (!parsed.success) {
      const label = entryLabel(entry, index);
      throw new InputError(file, null, `${label}.${issueField(parsed.issue)}`, parsed.issue.message);
    }
    ignored.add(source, parsed.ignored);
    const template = parsed.data;
    const label = `[${index}](${template.id})`;
    if (seen.has(template.id)) {
      throw new InputError(file, null, `${label}.id`, `duplicate template id "${template.id}" (also entry [${seen.get(template.id)}])`);
    }
    seen.set(template.id, index);
    const sourceKey = template.source.type === 'db' ? `db:${template.source.dbId}` : `registry:${template.source.registryId}`;
    const other = sourceIds.get(sourceKey);
    if (other) throw new InputError(file, null, `${label}.source`, `${sourceKey} is already the source of "${other}"`);
    sourceIds.set(sourceKey, template.id);
    templates.push(template);
  });
  return templates;
}

/** Computed only for an entry that fails: a schema built per entry was about half of parsing 10,000 of them. */
function entryLabel(entry: unknown, index: number): string {
  const id = EntryId.safeParse(entry);
  return id.success ? `[${index}](${id.data.id})` : `[${index}]`;
}

const EntryId = z.object({ id: z.string() });
