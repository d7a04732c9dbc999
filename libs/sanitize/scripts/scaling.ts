/**
 * How sanitizing time grows with module size: sanitizes a generated module of each large shape at each size
 * (`--sizes` in MB, default 0.5,1,2,4), best of `--repeat` runs (default 1), and prints and writes wall and CPU
 * milliseconds per size to dist/bench/sanitize-scaling.json. CPU time is the steadier number on a shared
 * machine. A benchmark, not a test: `npx tsx libs/sanitize/scripts/scaling.ts [--sizes 0.5,1,2,4] [--repeat N]`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSanitizer, SANITIZER_VERSION } from '../src/index';
import { largeModule, LARGE_MODULE_SHAPES, type LargeModuleShape } from '../src/fixtures/large-modules';
import { rawTemplate } from '../src/test-support';

const WORKSPACE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUTPUT = join(WORKSPACE_ROOT, 'dist/bench/sanitize-scaling.json');
const MB = 1024 * 1024;

interface Measurement {
  readonly shape: LargeModuleShape;
  readonly megabytes: number;
  readonly outcome: string;
  readonly wallMs: number;
  readonly cpuMs: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0.5,1,2,4' }, repeat: { type: 'string', default: '1' } } });
  const sizes = values.sizes.split(',').map(Number);
  const repeat = Number.parseInt(values.repeat, 10);
  if (sizes.some((size) => !(size > 0)) || !(repeat >= 1)) throw new Error(`--sizes takes positive MB values and --repeat a positive count`);

  await createSanitizer().sanitize(rawTemplate('export default () => <p />;'));
  const measurements: Measurement[] = [];
  for (const shape of LARGE_MODULE_SHAPES) {
    for (const megabytes of sizes) {
      const measurement = await fastestOf(repeat, () => measure(shape, megabytes));
      measurements.push(measurement);
      console.log(`${shape.padEnd(20)} ${String(megabytes).padStart(4)} MB  ${measurement.outcome.padEnd(14)} wall ${measurement.wallMs} ms  cpu ${measurement.cpuMs} ms`);
    }
  }
  mkdirSync(dirname(OUTPUT), { recursive: true });
  const temporary = `${OUTPUT}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ sanitizerVersion: SANITIZER_VERSION, node: process.version, measurements }, null, 2)}\n`);
  renameSync(temporary, OUTPUT);
  console.log(`→ ${OUTPUT}`);
}

/** On a fresh sanitizer: one that just sanitized the same text would reuse its parse. */
async function measure(shape: LargeModuleShape, megabytes: number): Promise<Measurement> {
  const sanitizer = createSanitizer();
  const raw = rawTemplate(largeModule(shape, megabytes * MB));
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const outcome = await sanitizer.sanitize(raw);
  const wallMs = Math.round(performance.now() - wallBefore);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    shape,
    megabytes,
    outcome: outcome.kind === 'kept' ? 'kept' : outcome.rejection.code,
    wallMs,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
}

async function fastestOf(runs: number, run: () => Promise<Measurement>): Promise<Measurement> {
  let fastest = await run();
  for (let index = 1; index < runs; index += 1) {
    const next = await run();
    if (next.cpuMs < fastest.cpuMs) fastest = next;
  }
  return fastest;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
