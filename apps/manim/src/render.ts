import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toJsonl } from '@dataset/domain';
import { replaceDirectoryAtomic, writeTextAtomic } from '@dataset/manim/files';
import { readExamplesParquet } from '@dataset/manim/parquet';
import { type RenderOutcome, openRenderEnvironment, readRenderMemo, renderExamples } from '@dataset/manim/render';
import { renderVenvPath } from '@dataset/manim/render/environment';
import { renderCardSection, renderReport } from '@dataset/manim/render/report';
import { progressLine, runCommand } from './run';

await runCommand('render', async () => {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: 'dist/manim/combined/manim_combined.parquet' },
      out: { type: 'string', default: 'dist/manim/render' },
      // Outside `out`: Nx restores `out` from its cache and must not roll per-example verdicts back.
      cache: { type: 'string', default: 'dist/manim/render-cache/verdicts.jsonl' },
    },
  });
  const { examples } = await readExamplesParquet(resolve(values.dataset));
  const environment = await openRenderEnvironment(renderVenvPath(process.cwd()));
  let outcomes: RenderOutcome[];
  if ('code' in environment) {
    // Nothing to render with: every scene is skipped, and no verdict is recorded for any.
    outcomes = examples.map((e) => ({ exampleId: e.exampleId, key: '', status: 'skipped', code: environment.code, error: environment.error }));
    console.log(`render: skipped — ${environment.error}`);
  } else {
    const cachePath = resolve(values.cache);
    const run = await renderExamples(examples, environment, readRenderMemo(cachePath), { onProgress: progressLine('render') });
    writeTextAtomic(cachePath, toJsonl(run.memo));
    outcomes = run.outcomes;
  }
  const report = renderReport(outcomes, 'code' in environment ? null : environment);
  await replaceDirectoryAtomic(resolve(values.out), (dir) => {
    // Without `fromCache`: the same scenes and environment give the same files, memo or not.
    const written = outcomes.map((o) => ('fromCache' in o ? { ...o, fromCache: undefined } : o));
    writeTextAtomic(join(dir, 'outcomes.jsonl'), toJsonl(written));
    writeTextAtomic(join(dir, 'rejections.jsonl'), toJsonl(written.filter((o) => o.status === 'rejected')));
    writeTextAtomic(join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    writeTextAtomic(join(dir, 'card.md'), renderCardSection(report));
  });
  const codes = Object.entries({ ...report.rejectedByCode, ...report.skippedByCode }).map(([code, n]) => `${code} ×${n}`);
  if (!('code' in environment)) {
    console.log(
      `render (Manim ${report.manim}): ${report.scenes} scenes, ${report.rendered} rendered, ${report.rejected} rejected, ${report.skipped} skipped, ${outcomes.filter((o) => 'fromCache' in o && o.fromCache).length} from cache${codes.length ? ` (${codes.join(', ')})` : ''}`,
    );
  }
});
