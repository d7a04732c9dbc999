/**
 * Sanitizer throughput on the demo corpus: sanitizes every template `--repeat` times (default 25) after one
 * warm-up pass, and prints and writes templates/second to dist/bench/sanitize-throughput.json. A benchmark,
 * not a test: run it with `npx tsx libs/sanitize/scripts/throughput.ts [--repeat N]`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSanitizer, SANITIZER_VERSION } from '../src/index';
import { readDemoCorpus } from './demo-corpus';

const WORKSPACE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUTPUT = join(WORKSPACE_ROOT, 'dist/bench/sanitize-throughput.json');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { repeat: { type: 'string', default: '25' } } });
  const repeat = Number.parseInt(values.repeat, 10);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive integer, got "${values.repeat}"`);

  const { templates } = readDemoCorpus();
  const bytes = templates.reduce((sum, template) => sum + Buffer.byteLength(template.code), 0);

  const setupStart = performance.now();
  const sanitizer = createSanitizer();
  const setupMs = performance.now() - setupStart;

  const coldStart = performance.now();
  let kept = 0;
  for (const template of templates) if ((await sanitizer.sanitize(template)).kind === 'kept') kept += 1;
  const coldMs = performance.now() - coldStart;

  const warmStart = performance.now();
  for (let round = 0; round < repeat; round += 1) {
    for (const template of templates) await sanitizer.sanitize(template);
  }
  const warmMs = performance.now() - warmStart;
  const sanitized = templates.length * repeat;

  const result = {
    sanitizerVersion: SANITIZER_VERSION,
    node: process.version,
    corpus: { templates: templates.length, kept, rejected: templates.length - kept, meanBytes: Math.round(bytes / templates.length) },
    repeat,
    setupMs: Math.round(setupMs),
    firstPass: { ms: Math.round(coldMs), templatesPerSecond: round1((templates.length / coldMs) * 1000) },
    warm: {
      templates: sanitized,
      seconds: round1(warmMs / 1000),
      msPerTemplate: round1(warmMs / sanitized),
      templatesPerSecond: round1((sanitized / warmMs) * 1000),
      kilobytesPerSecond: round1(((bytes * repeat) / 1024 / warmMs) * 1000),
    },
  };
  mkdirSync(dirname(OUTPUT), { recursive: true });
  const temporary = `${OUTPUT}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(temporary, OUTPUT);
  console.log(
    `sanitize: ${result.warm.templatesPerSecond} templates/s warm (${result.warm.msPerTemplate} ms each, ` +
      `${result.corpus.meanBytes} B mean, one core); first pass ${result.firstPass.templatesPerSecond}/s after ${result.setupMs} ms setup → ${OUTPUT}`,
  );
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
