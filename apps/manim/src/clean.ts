import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, toJsonl } from '@dataset/domain';
import { cleanSource } from '@dataset/manim/clean';
import { findSource, loadManimConfig, resolveManimConfigPath, type SourceSpec } from '@dataset/manim/config';
import { writeTextAtomic } from '@dataset/manim/files';
import type { RawExample } from '@dataset/manim/model';
import { writeExamplesParquet } from '@dataset/manim/parquet';
import { PythonChecker } from '@dataset/manim/python';
import { SOURCE_PLUGINS } from '@dataset/manim/sources';
import { progressLine, runCommand } from './run';

/** Where an example's own code would look for an asset: beside its file, or at the repository root. */
function assetFinder(spec: SourceSpec): (example: RawExample, path: string) => boolean {
  if (spec.kind !== 'repo') return () => false; // a dataset row ships no files
  return (example, path) => {
    if (isAbsolute(path)) return existsSync(path);
    const beside = example.module ? join(spec.path, dirname(example.module.file), path) : null;
    return (beside !== null && existsSync(beside)) || existsSync(join(spec.path, path));
  };
}

await runCommand('clean', async () => {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, kind: { type: 'string' }, config: { type: 'string' }, out: { type: 'string', default: 'dist/manim/sources' } },
  });
  if (!values.source) throw new Error('usage: clean.ts --source <name> [--kind <kind>] [--config data/manim/sources.json] [--out dist/manim/sources]');
  const config = loadManimConfig(values.config ? resolve(values.config) : resolveManimConfigPath(process.env, process.cwd()));
  const spec = findSource(config, values.source);
  if (values.kind && values.kind !== spec.kind) {
    // The Nx target restates the kind; a mismatch means the graph was computed from another config.
    throw new InputError(config.configPath, null, `sources.${spec.name}.kind`, `is "${spec.kind}" but the target was generated for "${values.kind}" (run \`npx nx reset\`)`);
  }
  const out = resolve(values.out);

  const checker = await PythonChecker.start();
  try {
    const read = await SOURCE_PLUGINS[spec.kind].read(spec, { checker });
    const cleaned = await cleanSource(read, spec, { checker, assetExists: assetFinder(spec), onProgress: progressLine(`clean ${spec.name}`) });
    writeExamplesParquet(join(out, `${spec.name}.parquet`), cleaned.examples);
    writeTextAtomic(join(out, `${spec.name}.rejections.jsonl`), toJsonl(cleaned.rejections));
    writeTextAtomic(join(out, `${spec.name}.fixes.jsonl`), toJsonl(cleaned.fixes));
    writeTextAtomic(join(out, `${spec.name}.summary.json`), JSON.stringify(cleaned.summary, null, 2) + '\n');
    const { summary } = cleaned;
    const rejected = Object.entries(summary.rejected).map(([code, n]) => `${code}×${n}`).join(' ') || 'none';
    const fixed = Object.entries(summary.fixes).map(([code, n]) => `${code}×${n}`).join(' ') || 'none';
    console.log(`clean ${spec.name} (${spec.kind}): ${summary.read} read, ${summary.kept} kept (${summary.pendingDescription} pending a description); rejected: ${rejected}; fixes: ${fixed}`);
  } finally {
    await checker.close();
  }
});
