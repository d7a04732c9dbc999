import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJsonl, toJsonl } from '@dataset/domain';
import { replaceDirectoryAtomic, writeTextAtomic } from '@dataset/manim/files';
import { readExamplesParquet } from '@dataset/manim/parquet';
import { INSTALL_MANIM_HINT, RenderResult, findManim, renderExamples } from '@dataset/manim/render';
import { progressLine, runCommand } from './run';

await runCommand('render', async () => {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: 'dist/manim/combined/manim_combined.parquet' },
      out: { type: 'string', default: 'dist/manim/render' },
      // Outside `out`: Nx restores `out` from its cache and must not roll per-example results back.
      cache: { type: 'string', default: 'dist/manim/render-cache/results.jsonl' },
      manim: { type: 'string', default: process.env['MANIM_COMMAND'] || 'manim' },
    },
  });
  const manim = findManim(values.manim);
  if (!manim) {
    const reason = `\`${values.manim}\` is not installed, so render validation is skipped; ${INSTALL_MANIM_HINT}`;
    await replaceDirectoryAtomic(resolve(values.out), (dir) => writeTextAtomic(join(dir, 'report.json'), JSON.stringify({ status: 'skipped', reason }, null, 2) + '\n'));
    console.log(`render: skipped — ${reason}`);
    return;
  }

  const cachePath = resolve(values.cache);
  const cache = existsSync(cachePath) ? parseJsonl(readFileSync(cachePath, 'utf8'), RenderResult, cachePath) : [];
  const { examples } = await readExamplesParquet(resolve(values.dataset));
  const run = await renderExamples(examples, manim, cache, { onProgress: progressLine('render') });
  writeTextAtomic(cachePath, toJsonl(run.cache));
  const failed = run.results.filter((r) => !r.ok);
  const report = {
    status: 'done',
    manim: manim.version,
    rendered: run.results.length,
    ok: run.results.length - failed.length,
    failed: failed.map((r) => ({ exampleId: r.exampleId, detail: r.detail })),
    fromCache: run.results.filter((r) => r.fromCache).length,
  };
  await replaceDirectoryAtomic(resolve(values.out), (dir) => {
    writeTextAtomic(join(dir, 'results.jsonl'), toJsonl(run.results));
    writeTextAtomic(join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  });
  console.log(`render (${manim.version}): ${report.rendered} scenes, ${report.ok} ran, ${failed.length} failed, ${report.fromCache} from cache`);
});
