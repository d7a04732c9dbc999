import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { RawManifest, RawTemplate, type Rejection, type SanitizedScene } from '@dataset/domain';
import { createSanitizer, SANITIZER_VERSION, type SanitizeOutcome } from '@dataset/sanitize';
import { formatPartitionWork, materializePartitions } from '@dataset/partitions';
import { json, jsonl, readAssetJson, readAssetJsonl, writeAsset } from '../assets';
import { noteWork } from '../build-log';
import { partitionStore, stageVersion } from '../partitions';
import { storedBrowserEnvironment } from '../workers/environment';
import { storedFormattedModules } from '../workers/formatted';
import type { SanitizedSummary } from '../summaries';

/** Below this many templates to compute, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 64;
const BATCH = 16;
/**
 * Without an explicit limit a worker takes the process's heap sizing (derived from the machine's memory) and
 * lets its heap grow far past what it holds live before collecting; any explicit limit makes V8 collect
 * sooner. Measured on 3,000 bench templates: peak RSS 916 MB without, 711 MB with 1 GB, 643–700 MB with
 * 512–768 MB, with times within the machine's run-to-run noise. 1 GB leaves ample headroom for a very large template.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024 };

/** Defined (true) by the CLI bundle build in bin/bundle.mjs; absent when running from source. */
declare const __DATASET_CLI_BUNDLED__: boolean | undefined;

/** From the CLI bundle the worker is a bundle beside this code; from source, a tsx shim. */
function workerFile(): URL {
  return typeof __DATASET_CLI_BUNDLED__ !== 'undefined' && __DATASET_CLI_BUNDLED__ ? new URL('./sanitize-worker.mjs', import.meta.url) : new URL('../workers/sanitize.mjs', import.meta.url);
}

async function sanitizeAll(templates: RawTemplate[]): Promise<SanitizeOutcome[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (templates.length < WORKER_THRESHOLD || threads < 2) {
    const sanitizer = createSanitizer({ environment: storedBrowserEnvironment(), formatted: storedFormattedModules() });
    const outcomes: SanitizeOutcome[] = [];
    for (const template of templates) outcomes.push(await sanitizer.sanitize(template));
    return outcomes;
  }
  const pool = new Tinypool({ filename: workerFile().href, minThreads: threads, maxThreads: threads, resourceLimits: WORKER_LIMITS });
  try {
    const batches: RawTemplate[][] = [];
    for (let i = 0; i < templates.length; i += BATCH) batches.push(templates.slice(i, i + BATCH));
    let done = 0;
    const results = await Promise.all(
      batches.map(async (batch) => {
        const out = (await pool.run(batch)) as SanitizeOutcome[];
        done += batch.length;
        if (process.stderr.isTTY) process.stderr.write(`\rsanitized: ${done}/${templates.length}`);
        return out;
      }),
    );
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

/** Asset `sanitized`: every raw template through the sanitizer; a failure is a recorded rejection. */
export async function materializeSanitized(): Promise<void> {
  const raw = readAssetJsonl('raw', 'templates.jsonl', RawTemplate);
  const manifest = readAssetJson('raw', 'manifest.json', RawManifest);
  const run = await materializePartitions(raw, {
    version: stageVersion('sanitized'),
    store: partitionStore('sanitized'),
    keyOf: (template) => template,
    compute: sanitizeAll,
    encode: (outcome) => JSON.stringify(outcome),
    decode: (text) => JSON.parse(text) as SanitizeOutcome,
  });
  const scenes: SanitizedScene[] = [];
  const rejections: Rejection[] = [];
  for (const outcome of run.outputs) {
    if (outcome.kind === 'kept') scenes.push(outcome.scene);
    else rejections.push(outcome.rejection);
  }
  writeAsset('sanitized', {
    'scenes.jsonl': jsonl(scenes),
    'summary.json': json({
      sanitizerVersion: SANITIZER_VERSION,
      templatesRequested: manifest.templatesRequested,
      kept: scenes.length,
      missingTemplates: manifest.missingTemplates,
      sanitizerFailures: rejections,
      inputRejections: manifest.rejections,
      ignoredFields: manifest.ignoredFields,
    } satisfies SanitizedSummary),
  });
  const reasons = [...new Set(rejections.map((r) => r.code))].sort().map((code) => `${code}×${rejections.filter((r) => r.code === code).length}`);
  noteWork('sanitized', formatPartitionWork(run));
  console.log(`sanitized: ${scenes.length} kept, ${rejections.length} rejected${reasons.length ? ` (${reasons.join(', ')})` : ''}`);
}
