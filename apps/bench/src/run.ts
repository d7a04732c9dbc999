import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTempWorkspace, runNx, type NxRun } from '@dataset/harness';
import { CORPUS_PROFILES, corpusDir, generateCorpus, type CorpusProfile, type ModuleSizeStats } from './corpus';

interface StageMetric {
  stage: string;
  seconds: number;
  peakRssMb: number;
}

interface ScenarioResult {
  scenario: string;
  seconds: number;
  ratioToFull: number;
  ran: string[];
  cached: string[];
  stages: StageMetric[];
  summaries: string[];
}

const SCENARIOS = ['full build (no cache)', 'release re-check', 'no-op rebuild', 'one template row changed', 'one metadata entry changed', 'prompt logic changed', 'sanitizer logic changed'] as const;

function editFile(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`bench edit changed nothing in ${path}`);
  writeFileSync(path, after);
}

/**
 * The in-stage memo layers (partition records, table stores, dedup pair state, the formatter's and the
 * fingerprints' memos, the kept embedded database) on, or off (`DATASET_PARTITIONS=off`): Nx's cache alone.
 * Measured both ways, a layer that does not pay for itself shows.
 */
const MEMO_MODES = ['on', 'off'] as const;
type MemoMode = (typeof MEMO_MODES)[number];

/** One corpus size through every scenario, in one throwaway workspace; each scenario builds on the previous state. */
function benchSize(profile: CorpusProfile, count: number, memo: MemoMode): ScenarioResult[] {
  const ws = createTempWorkspace('dataset-bench-');
  try {
    cpSync(corpusDir(profile, count), join(ws.root, 'corpus'), { recursive: true });
    const metricsFile = join(ws.root, 'metrics.jsonl');
    const url = process.env['DATABASE_URL'];
    // The harness clears DATABASE_URL for Nx runs; the benchmark passes it on deliberately.
    const env = {
      DATASET_CONFIG: 'corpus/dataset.config.json',
      DATASET_METRICS_FILE: metricsFile,
      ...(url ? { DATABASE_URL: url } : {}),
      ...(memo === 'off' ? { DATASET_PARTITIONS: 'off' } : {}),
    };
    const results: ScenarioResult[] = [];
    let full = 0;
    const measure = (scenario: string, prepare: () => void) => {
      prepare();
      writeFileSync(metricsFile, '');
      const started = performance.now();
      const run: NxRun = runNx(ws.root, ['run', 'dataset:upload'], env);
      const seconds = (performance.now() - started) / 1000;
      if (run.status !== 0) throw new Error(`${scenario} failed:\n${run.output.slice(-3000)}`);
      if (scenario.startsWith('full')) full = seconds;
      const stages = readFileSync(metricsFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as StageMetric);
      const tasks = [...run.tasks.entries()];
      const result: ScenarioResult = {
        scenario,
        seconds: round(seconds),
        ratioToFull: round(seconds / full, 3),
        ran: tasks.filter(([, s]) => s === 'ran').map(([t]) => t),
        cached: tasks.filter(([, s]) => s === 'cache').map(([t]) => t),
        stages: stages.map((s) => ({ stage: s.stage, seconds: round(s.seconds), peakRssMb: round(s.peakRssMb, 0) })),
        summaries: run.output.split('\n').filter((l) => /^(raw|sanitized|rendered|prompts|dedup|splits|checks|release|upload|build): /.test(l)),
      };
      results.push(result);
      console.log(`  ${scenario}: ${result.seconds}s (${result.ratioToFull}× full) ran [${result.ran.join(', ')}]`);
    };
    const corpus = (p: string) => join(ws.root, 'corpus', p);
    measure(SCENARIOS[0], () => undefined);
    measure(SCENARIOS[1], () => undefined);
    measure(SCENARIOS[2], () => undefined);
    measure(SCENARIOS[3], () => {
      const rows = JSON.parse(readFileSync(corpus('db/rows.json'), 'utf8')) as { id: string; code: string }[];
      const row = rows[Math.floor(rows.length / 2)]!;
      if (url) {
        // The corpus lives in the server: change the row there, as production would.
        execFileSync('psql', [url, '-qc', `UPDATE "bench_${profile}_${count}"."bazaar-vid_templates" SET tsx_code = tsx_code || E'\\nconst benchEdit = 1;\\n' WHERE id = '${row.id}'`]);
      } else {
        editFile(corpus(`db/${row.code}`), (code) => `${code}\nconst benchEdit = 1;\n`);
      }
    });
    measure(SCENARIOS[4], () =>
      editFile(corpus('canonical.json'), (text) => text.replace(/"descriptions": \[\n\s*"/, (m) => `${m}Freshly edited: `)),
    );
    measure(SCENARIOS[5], () =>
      editFile(join(ws.root, 'libs/prompts/src/brief.ts'), (code) => code.replace('in a ${format} scene', 'as a ${format} scene')),
    );
    measure(SCENARIOS[6], () =>
      editFile(join(ws.root, 'libs/sanitize/src/index.ts'), (code) => `${code}\n// bench: a sanitizer change invalidates every sanitized partition\n`),
    );
    return results;
  } finally {
    ws.remove();
  }
}

function round(n: number, digits = 2): number {
  return Number(n.toFixed(digits));
}

function table(title: string, results: ScenarioResult[]): string {
  const peak = (r: ScenarioResult) => Math.max(0, ...r.stages.map((s) => s.peakRssMb));
  const lines = [title, '| scenario | seconds | × full | ran | peak RSS (MB) |', '|---|---:|---:|---|---:|'];
  for (const r of results) lines.push(`| ${r.scenario} | ${r.seconds} | ${r.ratioToFull} | ${r.ran.join(', ') || '—'} | ${peak(r)} |`);
  return lines.join('\n');
}

// A from-scratch build at 10,000 templates takes minutes; the harness's test-sized timeout would cut it off.
process.env['DATASET_NX_TIMEOUT_MS'] ??= String(60 * 60 * 1000);
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    profiles: { type: 'string', default: CORPUS_PROFILES.join(',') },
    memo: { type: 'string', default: 'on' },
    regenerate: { type: 'boolean', default: false },
  },
});
const memoModes = values.memo.split(',') as MemoMode[];
for (const mode of memoModes) if (!MEMO_MODES.includes(mode)) throw new Error(`--memo: unknown mode ${mode} (${MEMO_MODES.join(', ')})`);
const sizes = values.sizes.split(',').map(Number);
const profiles = values.profiles.split(',') as CorpusProfile[];
for (const profile of profiles) if (!CORPUS_PROFILES.includes(profile)) throw new Error(`--profiles: unknown profile ${profile} (${CORPUS_PROFILES.join(', ')})`);
const corpora: Record<string, { moduleSizes: ModuleSizeStats; sizes: Record<number, Partial<Record<`memo ${MemoMode}`, ScenarioResult[]>>> }> = {};
const report: Record<string, unknown> = { machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version }, database: process.env['DATABASE_URL'] ? 'DATABASE_URL' : 'embedded PGlite', render: 'off (Chromium rendering is measured by the render stage, not here)', corpora };
for (const profile of profiles) {
  for (const count of sizes) {
    const dir = corpusDir(profile, count);
    if (values.regenerate || !existsSync(join(dir, 'dataset.config.json'))) await generateCorpus(count, dir, profile);
    corpora[profile] ??= { moduleSizes: JSON.parse(readFileSync(join(dir, 'module-sizes.json'), 'utf8')) as ModuleSizeStats, sizes: {} };
    for (const memo of memoModes) {
      console.log(`bench: ${profile} corpus, N = ${count}, in-stage memos ${memo}`);
      const results = benchSize(profile, count, memo);
      (corpora[profile].sizes[count] ??= {})[`memo ${memo}`] = results;
      console.log(table(`${profile}, N = ${count.toLocaleString('en-US')}, in-stage memos ${memo}`, results));
    }
  }
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(report, null, 2) + '\n');
console.log('bench: wrote bench/results.json');
rmSync('bench/work/.tmp', { recursive: true, force: true });
