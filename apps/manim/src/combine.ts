import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, SPLIT_NAMES, toJsonl } from '@dataset/domain';
import { combineSources, datasetCard, staleSourceFiles, type SourceInput } from '@dataset/manim/combine';
import { loadManimConfig, resolveManimConfigPath, type SourceSpec } from '@dataset/manim/config';
import { replaceDirectoryAtomic } from '@dataset/manim/files';
import { SourceSummary } from '@dataset/manim/model';
import { readExamplesParquet, writeExamplesParquet } from '@dataset/manim/parquet';
import { runCommand } from './run';

async function readCleanedSource(spec: SourceSpec, directory: string): Promise<SourceInput> {
  const parquet = join(directory, `${spec.name}.parquet`);
  const summaryPath = join(directory, `${spec.name}.summary.json`);
  let summaryText: string;
  try {
    summaryText = readFileSync(summaryPath, 'utf8');
  } catch {
    throw new InputError(summaryPath, null, null, `source "${spec.name}" is not cleaned yet: run \`npx nx run manim-source-${spec.name}:clean\` (or \`npx nx run manim:combine\`, which runs it)`);
  }
  const summary = SourceSummary.safeParse(JSON.parse(summaryText));
  if (!summary.success) throw new InputError(summaryPath, null, summary.error.issues[0]!.path.join('.') || null, summary.error.issues[0]!.message);
  const { examples } = await readExamplesParquet(parquet);
  return { spec, examples, summary: summary.data };
}

await runCommand('combine', async () => {
  const { values } = parseArgs({
    options: { config: { type: 'string' }, sources: { type: 'string', default: 'dist/manim/sources' }, out: { type: 'string', default: 'dist/manim/combined' } },
  });
  const config = loadManimConfig(values.config ? resolve(values.config) : resolveManimConfigPath(process.env, process.cwd()));
  const sourcesDirectory = resolve(values.sources);
  const inputs: SourceInput[] = [];
  for (const spec of config.sources) inputs.push(await readCleanedSource(spec, sourcesDirectory));
  const stale = staleSourceFiles(readdirSync(sourcesDirectory), config.sources.map((s) => s.name));
  for (const file of stale) rmSync(join(sourcesDirectory, file), { recursive: true, force: true });
  if (stale.length > 0) console.log(`combine: removed ${stale.length} files of sources no longer configured: ${stale.join(', ')}`);

  const dataset = combineSources(inputs, config);
  await replaceDirectoryAtomic(resolve(values.out), (directory) => {
    const rows = dataset.rows;
    writeExamplesParquet(
      join(directory, 'manim_combined.parquet'),
      rows.map((r) => r.example),
      [
        ['priority', 'INT32', rows.map((r) => r.priority)],
        ['split', 'STRING', rows.map((r) => r.split)],
        ['split_group', 'STRING', rows.map((r) => r.group)],
      ],
    );
    for (const split of SPLIT_NAMES) {
      writeFileSync(join(directory, `${split}.jsonl`), toJsonl(dataset.splits[split].lines));
      writeFileSync(join(directory, `${split}.meta.jsonl`), toJsonl(dataset.splits[split].meta));
    }
    writeFileSync(join(directory, 'dropped.jsonl'), toJsonl(dataset.dropped));
    writeFileSync(join(directory, 'report.json'), JSON.stringify(dataset.report, null, 2) + '\n');
    writeFileSync(join(directory, 'README.md'), datasetCard(dataset.report));
  });

  const { report } = dataset;
  const counts = SPLIT_NAMES.map((s) => `${s} ${report.splits[s].examples}`).join(', ');
  const dropped = Object.entries(report.dedup.dropped).map(([code, n]) => `${code}×${n}`).join(' ') || 'none';
  const crossBefore = report.overlap.before.filter((o) => o.a !== o.b).reduce((n, o) => n + o.near, 0);
  const crossAfter = report.overlap.after.filter((o) => o.a !== o.b).reduce((n, o) => n + o.near, 0);
  console.log(`combine: ${report.dedup.input} cleaned examples from ${inputs.length} sources → ${report.dedup.kept} kept (${counts}); dropped: ${dropped}; cross-source near-duplicate groups ${crossBefore} → ${crossAfter}`);
});
