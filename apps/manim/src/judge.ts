import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJsonl, toJsonl } from '@dataset/domain';
import { replaceDirectoryAtomic, writeTextAtomic } from '@dataset/manim/files';
import { CachedVerdictLine, judgeExamples } from '@dataset/manim/judge';
import { JUDGE_ENV_HINT, judgeEndpointFromEnv } from '@dataset/manim/judge/endpoint';
import { readExamplesParquet } from '@dataset/manim/parquet';
import { runCommand } from './run';

await runCommand('judge', async () => {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: 'dist/manim/combined/manim_combined.parquet' },
      out: { type: 'string', default: 'dist/manim/judge' },
      // Outside `out` on purpose: Nx restores `out` from its cache, and must not roll verdicts back.
      cache: { type: 'string', default: 'dist/manim/judge-cache/verdicts.jsonl' },
    },
  });
  const endpoint = judgeEndpointFromEnv(process.env);
  if (!endpoint) {
    const reason = `MANIM_JUDGE_URL is not set, so the LLM judge is off (offline default); to check descriptions against code, ${JUDGE_ENV_HINT}`;
    await replaceDirectoryAtomic(resolve(values.out), (dir) => writeTextAtomic(join(dir, 'report.json'), JSON.stringify({ status: 'skipped', reason }, null, 2) + '\n'));
    console.log(`judge: skipped — ${reason}`);
    return;
  }

  const cachePath = resolve(values.cache);
  const cache = existsSync(cachePath) ? parseJsonl(readFileSync(cachePath, 'utf8'), CachedVerdictLine, cachePath) : [];
  const { examples } = await readExamplesParquet(resolve(values.dataset));
  const run = await judgeExamples(examples, endpoint, cache);
  writeTextAtomic(cachePath, toJsonl(run.cache));

  const judged = run.results.filter((r) => r.status === 'judged');
  const errors = run.results.filter((r) => r.status === 'error');
  const report = {
    status: errors.length === 0 ? 'done' : 'incomplete',
    model: endpoint.model,
    checked: run.results.length,
    matches: judged.filter((r) => r.match).length,
    mismatches: judged.filter((r) => !r.match).map((r) => ({ exampleId: r.exampleId, reason: r.reason })),
    errors: errors.map((r) => ({ exampleId: r.exampleId, message: r.message })),
    fromCache: judged.filter((r) => r.fromCache).length,
    requests: run.requests,
  };
  await replaceDirectoryAtomic(resolve(values.out), (dir) => {
    writeTextAtomic(join(dir, 'verdicts.jsonl'), toJsonl(run.results));
    writeTextAtomic(join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  });
  console.log(
    `judge (${endpoint.model}): ${report.checked} checked, ${report.matches} match, ${report.mismatches.length} mismatch, ${errors.length} failed; ${report.fromCache} from cache, ${run.requests} requests`,
  );
  // Failed requests are not cached; a non-zero exit keeps Nx from caching this incomplete run either.
  if (errors.length > 0) process.exitCode = 1;
});
