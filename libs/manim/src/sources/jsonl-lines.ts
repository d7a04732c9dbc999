import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IgnoredFieldTally } from '@dataset/domain';
import type { CleanSpec } from '../config';
import type { RejectionCode } from '../codes';
import type { ExampleRejection, RawExample } from '../model';
import { ignoredFieldSource, isProblem, sourcePathError, type RecordShape } from './record';
import type { SourceRead } from './plugin';

/**
 * Reads a JSONL dataset: one example per line. A line that is not JSON or not the expected shape is
 * rejected with its line and field; the rest of the file still counts. Fields a record carries beyond the
 * shape's are counted, never a reason to reject it.
 */
export function readJsonlSource(spec: CleanSpec, shape: RecordShape, shapeName: string): SourceRead {
  let text: string;
  try {
    text = readFileSync(spec.path, 'utf8');
  } catch (error) {
    throw sourcePathError(spec.path, `cannot read source "${spec.name}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const file = basename(spec.path);
  const examples: RawExample[] = [];
  const rejections: ExampleRejection[] = [];
  const ignored = new IgnoredFieldTally();
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const locator = `${file}:${index + 1}`;
    const exampleId = `${spec.name}:${locator}`;
    const reject = (code: RejectionCode, message: string) =>
      rejections.push({ source: spec.name, exampleId, locator, rule: 'read', code, message: `${locator}: ${message}` });
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      reject('RECORD_NOT_JSON', `not valid JSON (${(error as Error).message})`);
      return;
    }
    const content = shape(value);
    if (content === null) {
      reject('RECORD_SHAPE', `not a ${shapeName} record`);
    } else if (isProblem(content)) {
      reject('RECORD_SHAPE', `field ${content.field}: ${content.message}`);
    } else if (content.text.trim() === '') {
      reject('EMPTY_CODE', 'the code is empty');
    } else {
      ignored.add(ignoredFieldSource(spec), content.ignored);
      examples.push({ source: spec.name, exampleId, locator, description: content.description, descriptionOrigin: 'record', text: content.text, module: null });
    }
  });
  return { examples, rejections, index: null, ignoredFields: ignored.fields() };
}
