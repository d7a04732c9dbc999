/**
 * Builds the demo parquet source from a committed, reviewable JSON file of columns, so the repository
 * holds no binary blob and the parquet reader is exercised on a file a real parquet writer produced.
 *
 *   tsx apps/manim/scripts/make-demo-parquet.ts data/manim/hf-export.columns.json dist/manim/demo/hf-export.parquet
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { InputError, formatIssuePath } from '@dataset/domain';
import { writeParquetAtomic } from '@dataset/manim/parquet/files';
import { runCommand } from '../src/run';

const Columns = z.record(z.string().min(1), z.array(z.string()).min(1)).refine(
  (columns) => new Set(Object.values(columns).map((c) => c.length)).size === 1,
  'every column needs the same number of rows',
);

await runCommand('make-demo-parquet', async () => {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: make-demo-parquet.ts <columns.json> <out.parquet>');
  const path = resolve(input);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(path, null, null, `cannot read JSON (${(error as Error).message})`);
  }
  const parsed = Columns.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(path, null, formatIssuePath(issue.path) || null, issue.message);
  }
  const columns = Object.entries(parsed.data).map(([name, data]) => ({ name, type: 'STRING' as const, data }));
  writeParquetAtomic(resolve(output), columns);
  console.log(`make-demo-parquet: ${columns[0]!.data.length} rows × ${columns.length} columns → ${output}`);
});
