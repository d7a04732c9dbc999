import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, describeIgnoredFields, parseJsonDocument, toJsonl } from '@dataset/domain';
import { cleanSource } from '@dataset/manim/clean';
import { AllowedImports, CleanEntry, DEFAULT_ALLOWED_IMPORTS, type CleanSpec } from '@dataset/manim/config';
import { writeTextAtomic } from '@dataset/manim/files';
import { ManimExportList, type RawExample } from '@dataset/manim/model';
import { writeExamplesParquet } from '@dataset/manim/parquet';
import { PythonChecker } from '@dataset/manim/python';
import { SOURCE_PLUGINS } from '@dataset/manim/sources';
import { progressLine, runCommand } from './run';

/** Each field of a source's entry, as its clean target's command spells it. */
const FLAGS = { name: 'source', kind: 'kind', path: 'path', producedBy: 'produced-by' } as const;
const USAGE = 'clean.ts --source <name> --kind <kind> --path <path> [--produced-by <target>] --manim-exports <json> [--allowed-imports a,b] [--out <dir>]';

/**
 * The source's entry, from the command line alone: the clean target restates it (the Nx plugin writes it from
 * data/manim/sources.json), so the target's key holds all this command reads of the config, and editing
 * another entry or a combine setting leaves it cached.
 */
function entryFromArguments(values: Partial<Record<(typeof FLAGS)[keyof typeof FLAGS], string>>): CleanSpec {
  const parsed = CleanEntry.safeParse(Object.fromEntries(Object.entries(FLAGS).map(([field, flag]) => [field, values[flag]])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = FLAGS[issue.path[0] as keyof typeof FLAGS];
    throw new InputError(USAGE, null, `--${flag}`, issue.message);
  }
  return { ...parsed.data, path: resolve(parsed.data.path), producedBy: parsed.data.producedBy ?? null };
}

/** The config's `allowedImports`, as the plugin spells it (`numpy,scipy`; empty for none); absent, the default. */
function allowedImportsFrom(flag: string | undefined): ReadonlySet<string> {
  if (flag === undefined) return new Set(DEFAULT_ALLOWED_IMPORTS);
  const parsed = AllowedImports.safeParse(flag.split(',').filter((name) => name !== ''));
  if (!parsed.success) throw new InputError(USAGE, null, '--allowed-imports', parsed.error.issues[0]!.message);
  return new Set(parsed.data);
}

/** The pinned Manim release's export list (data/manim/manim-exports-<version>.json). */
function manimExportsFrom(path: string | undefined) {
  if (path === undefined) throw new InputError(USAGE, null, '--manim-exports', 'the export list of the pinned manim is required');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, null, null, `cannot read the manim export list (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const list = parseJsonDocument(text, ManimExportList, path);
  return { version: list.version, names: new Set(list.names) };
}

/** Where an example's own code would look for an asset: beside its file, or at the repository root. */
function assetFinder(spec: CleanSpec): (example: RawExample, path: string) => boolean {
  if (spec.kind !== 'repo') return () => false; // a dataset row ships no files
  return (example, path) => {
    if (isAbsolute(path)) return existsSync(path);
    const beside = example.module ? join(spec.path, dirname(example.module.file), path) : null;
    return (beside !== null && existsSync(beside)) || existsSync(join(spec.path, path));
  };
}

await runCommand('clean', async () => {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      kind: { type: 'string' },
      path: { type: 'string' },
      'produced-by': { type: 'string' },
      'manim-exports': { type: 'string' },
      'allowed-imports': { type: 'string' },
      out: { type: 'string', default: 'dist/manim/sources' },
    },
  });
  const spec = entryFromArguments(values);
  const out = resolve(values.out);
  const manimExports = manimExportsFrom(values['manim-exports']);
  const allowedImports = allowedImportsFrom(values['allowed-imports']);

  const checker = await PythonChecker.start();
  try {
    const read = await SOURCE_PLUGINS[spec.kind].read(spec, { checker });
    const cleaned = await cleanSource(read, spec, { checker, assetExists: assetFinder(spec), manimExports, allowedImports, onProgress: progressLine(`clean ${spec.name}`) });
    writeExamplesParquet(join(out, `${spec.name}.parquet`), cleaned.examples);
    writeTextAtomic(join(out, `${spec.name}.rejections.jsonl`), toJsonl(cleaned.rejections));
    writeTextAtomic(join(out, `${spec.name}.fixes.jsonl`), toJsonl(cleaned.fixes));
    writeTextAtomic(join(out, `${spec.name}.summary.json`), JSON.stringify(cleaned.summary, null, 2) + '\n');
    const { summary } = cleaned;
    const rejected = Object.entries(summary.rejected).map(([code, n]) => `${code}×${n}`).join(' ') || 'none';
    const fixed = Object.entries(summary.fixes).map(([code, n]) => `${code}×${n}`).join(' ') || 'none';
    const ignored = describeIgnoredFields(summary.ignoredFields);
    console.log(
      `clean ${spec.name} (${spec.kind}): ${summary.read} read, ${summary.kept} kept (${summary.pendingDescription} pending a description); rejected: ${rejected}; fixes: ${fixed}${ignored ? `; ${ignored}` : ''}`,
    );
  } finally {
    await checker.close();
  }
});
