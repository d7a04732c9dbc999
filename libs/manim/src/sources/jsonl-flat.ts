import { isObject, unknownFields, type RecordShape } from './record';
import { readJsonlSource } from './jsonl-lines';
import type { SourcePlugin } from './plugin';

const DESCRIPTION_FIELDS = ['description', 'prompt', 'instruction'] as const;
const CODE_FIELDS = ['code', 'output'] as const;

/** `{description|prompt|instruction, code|output}` — the flat shape many scraped datasets use. */
export const flatRecord: RecordShape = (value) => {
  if (!isObject(value)) return null;
  const descriptionField = DESCRIPTION_FIELDS.find((f) => f in value);
  const codeField = CODE_FIELDS.find((f) => f in value);
  if (!descriptionField && !codeField) return null;
  if (!descriptionField) return { field: DESCRIPTION_FIELDS.join('|'), message: 'missing (no description)' };
  if (!codeField) return { field: CODE_FIELDS.join('|'), message: 'missing (no code)' };
  const description = value[descriptionField];
  const code = value[codeField];
  if (typeof description !== 'string' || description.trim() === '') return { field: descriptionField, message: 'expected non-empty text' };
  if (typeof code !== 'string') return { field: codeField, message: 'expected text' };
  return { description: description.trim(), text: code, ignored: unknownFields(value, [...DESCRIPTION_FIELDS, ...CODE_FIELDS]) };
};

export const jsonlFlat: SourcePlugin = {
  kind: 'jsonl-flat',
  read: async (spec) => readJsonlSource(spec, flatRecord, 'flat {description, code}'),
};
