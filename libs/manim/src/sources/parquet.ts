import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { IgnoredFieldTally } from '@dataset/domain';
import type { ExampleRejection, RawExample } from '../model';
import { readParquetRows } from '../parquet/files';
import { flatRecord } from './jsonl-flat';
import { openAiRecord } from './jsonl-openai';
import { shareGptRecord } from './jsonl-sharegpt';
import { ignoredFieldSource, isProblem, listOf, sourcePathError, type RecordShape } from './record';
import type { SourcePlugin } from './plugin';

/** Parquet exports carry the same three shapes as JSONL, with list columns as lists or JSON text. */
const SHAPES: readonly RecordShape[] = [
  (row) => openAiRecord(withList(row, 'messages')),
  (row) => shareGptRecord(withList(row, 'conversations')),
  flatRecord,
];

function withList(row: unknown, column: string): unknown {
  if (typeof row !== 'object' || row === null || !(column in row)) return row;
  const list = listOf((row as Record<string, unknown>)[column]);
  return list ? { ...row, [column]: list } : row;
}

export const parquetSource: SourcePlugin = {
  kind: 'parquet',
  read: async (spec) => {
    if (!existsSync(spec.path)) {
      const hint = spec.producedBy ? ` (it is written by \`nx run manim:${spec.producedBy}\`)` : '';
      throw sourcePathError(spec.path, `source "${spec.name}": file not found${hint}`);
    }
    const rows = await readParquetRows(spec.path);
    const file = basename(spec.path);
    const examples: RawExample[] = [];
    const rejections: ExampleRejection[] = [];
    const ignored = new IgnoredFieldTally();
    rows.forEach((row, index) => {
      const locator = `${file}#${index + 1}`;
      const exampleId = `${spec.name}:${locator}`;
      // Every row has every column; a null cell means "not this shape", not "this shape, broken".
      const present = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined));
      const content = SHAPES.map((shape) => shape(present)).find((c) => c !== null) ?? null;
      const reject = (code: 'RECORD_SHAPE' | 'EMPTY_CODE', message: string) =>
        rejections.push({ source: spec.name, exampleId, locator, rule: 'read', code, message: `${locator}: ${message}` });
      if (content === null) reject('RECORD_SHAPE', `row has none of the columns messages, conversations, description|prompt|instruction + code|output`);
      else if (isProblem(content)) reject('RECORD_SHAPE', `column ${content.field}: ${content.message}`);
      else if (content.text.trim() === '') reject('EMPTY_CODE', 'the code is empty');
      else {
        ignored.add(ignoredFieldSource(spec), content.ignored);
        examples.push({ source: spec.name, exampleId, locator, description: content.description, descriptionOrigin: 'record', text: content.text, module: null });
      }
    });
    return { examples, rejections, index: null, ignoredFields: ignored.fields() };
  },
};
