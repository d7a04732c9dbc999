import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { parquetWriteFile, type ColumnSource } from 'hyparquet-writer';
import { InputError } from '@dataset/domain';

export type ParquetColumn = ColumnSource;

/** Writes a parquet file next to its destination, then renames it: readers never see half a file. */
export function writeParquetAtomic(path: string, columns: ParquetColumn[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  try {
    // A fixed createdBy keeps the bytes identical across runs and library patch versions.
    parquetWriteFile({ filename: temp, columnData: columns, createdBy: 'dataset/manim' });
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Every row of a parquet file as a plain object keyed by column name. */
export async function readParquetRows(path: string): Promise<Record<string, unknown>[]> {
  let file;
  try {
    file = await asyncBufferFromFile(path);
  } catch (error) {
    throw new InputError(path, null, null, `cannot read parquet file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return (await parquetReadObjects({ file })) as Record<string, unknown>[];
  } catch (error) {
    throw new InputError(path, null, null, `not a readable parquet file (${(error as Error).message})`);
  }
}
