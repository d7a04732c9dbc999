/**
 * CPU milliseconds per module of the sanitizer on a directory of scene modules (issue 17: at production
 * sizes the sanitizer, not I/O, bounds a build). CPU time, not wall time, because the machine is shared;
 * each round sanitizes the first `--count` modules with a fresh sanitizer and the best round is reported.
 * Prints the figures and writes them to dist/bench/sanitize-module-cpu.json. A benchmark, not a test:
 *   node --import tsx libs/sanitize/scripts/module-cpu.ts --dir /tmp/bench-prod-1000/db/rows [--count 150] [--rounds 3]
 * (a production-sized corpus comes from `node --import tsx apps/bench/src/corpus.ts --count=1000 --profile=production --out=…`).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSanitizer, SANITIZER_VERSION } from '../src/index';
import { rawTemplate } from '../src/test-support';

const WORKSPACE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUTPUT = join(WORKSPACE_ROOT, 'dist/bench/sanitize-module-cpu.json');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, count: { type: 'string', default: '150' }, rounds: { type: 'string', default: '3' } },
  });
  if (!values.dir) throw new Error('--dir <directory of .tsx modules> is required');
  const count = positiveInteger('count', values.count);
  const rounds = positiveInteger('rounds', values.rounds);
  const names = readdirSync(values.dir).filter((name) => name.endsWith('.tsx')).sort().slice(0, count);
  const templates = names.map((name) => rawTemplate(readFileSync(join(values.dir!, name), 'utf8'), { templateId: name }));
  const bytes = templates.reduce((sum, template) => sum + Buffer.byteLength(template.code), 0);

  const roundsCpuMs: number[] = [];
  let kept = 0;
  for (let round = 0; round < rounds; round += 1) {
    const sanitizer = createSanitizer();
    kept = 0;
    const start = process.cpuUsage();
    for (const template of templates) if ((await sanitizer.sanitize(template)).kind === 'kept') kept += 1;
    const used = process.cpuUsage(start);
    roundsCpuMs.push((used.user + used.system) / 1000);
  }
  const best = Math.min(...roundsCpuMs);
  const result = {
    sanitizerVersion: SANITIZER_VERSION,
    modules: templates.length,
    meanModuleBytes: Math.round(bytes / templates.length),
    kept,
    roundsCpuMs: roundsCpuMs.map((ms) => Math.round(ms)),
    cpuMsPerModule: Number((best / templates.length).toFixed(1)),
  };
  console.log(JSON.stringify(result));
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(`${OUTPUT}.tmp`, JSON.stringify(result, null, 2) + '\n');
  renameSync(`${OUTPUT}.tmp`, OUTPUT);
}

function positiveInteger(name: string, text: string): number {
  const value = Number.parseInt(text, 10);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

await main();
