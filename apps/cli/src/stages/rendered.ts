import type { DatasetConfig, RenderConfig } from '@dataset/config';
import { SanitizedScene, type Rejection } from '@dataset/domain';
import { formatPartitionWork, materializePartitions } from '@dataset/partitions';
// Subpaths: with rendering off (or no Chromium) the stage passes scenes through and must not load the
// renderer, the bundler or the sanitizer's TypeScript.
import { featuredThumbnail } from '@dataset/render/featured-thumbnail';
import { keptScene, RenderOutcome } from '@dataset/render/outcome';
import { sceneFileName } from '@dataset/render/scene-file';
import { renderRecordInput, renderRecordVersion, renderShaping } from '@dataset/render/memo-key';
import { chromiumVersion, renderPackageVersions } from '@dataset/render/version';
import { json, jsonl, readAssetJsonl, writeAsset, type AssetFiles } from '../assets';
import { noteWork } from '../build-log';
import { partitionStore, stageVersion } from '../partitions';
import type { RenderedSummary } from '../summaries';

/**
 * Asset `rendered`: every sanitized scene through the real Remotion renderer in Chromium, offline: remote
 * requests are answered by stand-ins (policy `stub`, the default) and listed per scene. Kept scenes go on
 * with their code unchanged (or with remote images swapped for a data URI, policy `placeholder`); a scene
 * that throws, hangs or renders blank is a rejection, and so is one that loads remote assets under `reject`.
 * Results are per-template records keyed by the code, the settings that shape a render, the stand-ins and
 * the renderer's versions, so only changed scenes render again.
 */
export async function materializeRendered(config: DatasetConfig): Promise<void> {
  const scenes = readAssetJsonl('sanitized', 'scenes.jsonl', SanitizedScene);
  const settings = config.render;
  // Off, the stage passes scenes through: asking Chromium its version costs 0.3–3 s and would tie the asset
  // (and everything downstream) to the machine's browser for nothing.
  const chromium = settings.enabled ? chromiumVersion(settings.browserExecutable) : null;
  const renderer = { packages: renderPackageVersions(), chromium };
  const skipped = !settings.enabled
    ? 'render is off in the config (`"render": false`)'
    : chromium === null
      ? `no Chromium at ${settings.browserExecutable} (install it: apt-get install -y chromium, or set render.browserExecutable)`
      : null;
  if (skipped) {
    writeAsset('rendered', assetFiles(scenes, [], settings, renderer, skipped));
    console.log(`rendered: skipped — ${skipped}; all ${scenes.length} sanitized scenes pass through unrendered`);
    return;
  }

  const { renderScenes } = await import('@dataset/render');
  const { RUNTIME_CONTRACT } = await import('@dataset/sanitize');
  const run = await materializePartitions(scenes, {
    version: renderRecordVersion({ code: stageVersion('rendered'), renderer, contract: RUNTIME_CONTRACT }),
    store: partitionStore('rendered'),
    keyOf: (scene) => renderRecordInput(scene, settings),
    compute: (batch) =>
      renderScenes(batch, settings, {
        onBundled: (count, seconds) => noteWork('rendered', `bundled ${count} scenes in ${seconds.toFixed(1)} s`),
        onRetry: (reason) => console.log(`rendered: not the scene's failure, retrying in a fresh browser — ${reason}`),
        onScene: (outcome, done, total) => console.log(`rendered: [${done}/${total}] ${outcome.templateId} ${describe(outcome)}`),
      }),
    encode: (outcome) => JSON.stringify(outcome),
    decode: (text) => RenderOutcome.parse(JSON.parse(text)),
  });
  noteWork('rendered', formatPartitionWork(run));
  const files = assetFiles(scenes, run.outputs, settings, renderer, null);
  writeAsset('rendered', files);
  const rejections = run.outputs.flatMap((outcome) => (outcome.kind === 'rejected' ? [outcome.rejection] : []));
  const codes = [...new Set(rejections.map((r) => r.code))].sort().map((code) => `${code}×${rejections.filter((r) => r.code === code).length}`);
  const renderedSeconds = run.outputs.reduce((sum, outcome) => sum + outcome.seconds, 0);
  console.log(
    `rendered: ${scenes.length - rejections.length} kept, ${rejections.length} rejected` +
      `${codes.length ? ` (${codes.join(', ')})` : ''}; ${renderedSeconds.toFixed(1)} s of rendering recorded`,
  );
}

function describe(outcome: RenderOutcome): string {
  if (outcome.kind === 'rejected') return `rejected ${outcome.rejection.code} (${outcome.seconds.toFixed(1)} s): ${outcome.rejection.message}`;
  if (outcome.thumbnails.length === 0) return `kept unrendered: ${outcome.flags.join(', ')}`;
  const flags = outcome.flags.length > 0 ? `; ${outcome.flags.join(', ')}` : '';
  return `kept, ${outcome.thumbnails.length} thumbnails (${outcome.seconds.toFixed(1)} s)${flags}`;
}

function assetFiles(
  scenes: readonly SanitizedScene[],
  outcomes: readonly RenderOutcome[],
  settings: RenderConfig,
  renderer: RenderedSummary['renderer'],
  skipped: string | null,
): AssetFiles {
  const kept: SanitizedScene[] = [];
  const rejections: Rejection[] = [];
  const files: AssetFiles = {};
  const summary: RenderedSummary = {
    skipped,
    renderer,
    settings: { formats: settings.formats, ...renderShaping(settings) },
    scenes: scenes.length,
    kept: 0,
    rejected: 0,
    rejectionsByCode: {},
    flagged: [],
    thumbnails: {},
    featured: {},
  };
  const seconds: Record<string, number> = {};
  scenes.forEach((scene, index) => {
    const outcome = outcomes[index];
    if (!outcome) {
      kept.push(scene);
      return;
    }
    seconds[scene.templateId] = outcome.seconds;
    if (outcome.kind === 'rejected') {
      rejections.push(outcome.rejection);
      summary.rejectionsByCode[outcome.rejection.code] = (summary.rejectionsByCode[outcome.rejection.code] ?? 0) + 1;
      return;
    }
    kept.push(keptScene(scene, outcome));
    if (outcome.flags.length > 0) summary.flagged.push({ templateId: scene.templateId, flags: outcome.flags });
    const folder = `thumbnails/${sceneFileName(scene.templateId)}`;
    const fileOf = (thumbnail: { format: string; frame: number }) => `${folder}/${thumbnail.format}-${thumbnail.frame}.png`;
    summary.thumbnails[scene.templateId] = outcome.thumbnails.map((thumbnail) => {
      files[fileOf(thumbnail)] = Buffer.from(thumbnail.png, 'base64');
      return fileOf(thumbnail);
    });
    const featured = featuredThumbnail(outcome.thumbnails);
    if (featured) summary.featured[scene.templateId] = fileOf(featured);
  });
  summary.kept = kept.length;
  summary.rejected = rejections.length;
  // Timings differ run to run (and a reused record keeps its old time), so they stay out of the JSON that
  // downstream cache keys hash: `timings.tsv` is for people and benchmarks.
  const timings = Object.entries(seconds).map(([id, s]) => `${id}\t${s.toFixed(2)}\n`).join('');
  return { 'scenes.jsonl': jsonl(kept), 'rejections.jsonl': jsonl(rejections), 'summary.json': json(summary), 'timings.tsv': `templateId\tseconds\n${timings}`, ...files };
}
