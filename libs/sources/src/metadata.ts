import { z } from 'zod';
import { CanonicalTemplate, InputError, issueField } from '@dataset/domain';

/** Parses the canonical metadata file: a JSON array of templates; errors name the entry and field. */
export function parseCanonicalMetadata(text: string, file: string): CanonicalTemplate[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, null, null, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) throw new InputError(file, null, null, 'expected a JSON array of templates');
  const templates: CanonicalTemplate[] = [];
  const seen = new Map<string, number>();
  const sourceIds = new Map<string, string>();
  json.forEach((entry: unknown, index) => {
    const parsed = CanonicalTemplate.safeParse(entry);
    if (!parsed.success) {
      const label = entryLabel(entry, index);
      const issue = parsed.error.issues[0]!;
      const field = issueField(issue);
      throw new InputError(file, null, `${label}.${field}`, issue.message);
    }
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
