import { InputError, formatIssuePath } from '@dataset/domain';
import { CleanedExample } from '../model';
import { readParquetRows, writeParquetAtomic, type ParquetColumn } from './files';

/** Parquet columns are snake_case (what dataset tooling expects); the TypeScript side is camelCase. */
const COLUMNS = [
  ['example_id', 'exampleId', 'STRING'],
  ['source', 'source', 'STRING'],
  ['locator', 'locator', 'STRING'],
  ['description', 'description', 'STRING'],
  ['description_origin', 'descriptionOrigin', 'STRING'],
  ['code', 'code', 'STRING'],
  ['code_sha256', 'codeSha256', 'STRING'],
  ['normalized_code', 'normalizedCode', 'STRING'],
  ['normalized_sha256', 'normalizedSha256', 'STRING'],
  ['scene_classes', 'sceneClasses', 'JSON'],
  ['lines', 'lines', 'INT32'],
  ['tokens', 'tokens', 'INT32'],
  ['fixes', 'fixes', 'JSON'],
] as const;

type ExtraColumn = readonly [parquetName: string, type: 'STRING' | 'INT32' | 'JSON', values: readonly unknown[]];

/** Writes cleaned examples (plus any extra per-row columns, e.g. a split) atomically. */
export function writeExamplesParquet(path: string, rows: readonly CleanedExample[], extra: readonly ExtraColumn[] = []): void {
  const columns: ParquetColumn[] = COLUMNS.map(([name, key, type]) => ({
    name,
    type,
    data: rows.map((row) => row[key]),
  }));
  for (const [name, type, values] of extra) columns.push({ name, type, data: [...values] });
  writeParquetAtomic(path, columns);
}

/** Reads a file written by `writeExamplesParquet`; rows are validated, extra columns returned as-is. */
export async function readExamplesParquet(path: string): Promise<{ examples: CleanedExample[]; extra: Record<string, unknown>[] }> {
  const rows = await readParquetRows(path);
  const known = new Set<string>(COLUMNS.map(([name]) => name));
  const examples: CleanedExample[] = [];
  const extra: Record<string, unknown>[] = [];
  rows.forEach((row, index) => {
    const candidate = Object.fromEntries(COLUMNS.map(([name, key]) => [key, row[name]]));
    const parsed = CleanedExample.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(path, index + 1, formatIssuePath(issue.path) || null, `row ${index + 1}: ${issue.message}`);
    }
    examples.push(parsed.data);
    extra.push(Object.fromEntries(Object.entries(row).filter(([name]) => !known.has(name))));
  });
  return { examples, extra };
}

