import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RenderConfig } from '@dataset/config';
import type { SanitizedScene } from '@dataset/domain';
import { RUNTIME_CONTRACT, type RuntimeContract } from '@dataset/sanitize';
import type { BrowserLane } from './browser-lanes';
import { compositionId, type EntryScene } from './entry';
import { sceneFileName } from './scene-file';
import { renderRejection, type PlaceholderRewrite, type RenderOutcome } from './outcome';
import { screenRemoteAssets, settleRemoteRequests } from './remote-policy';
import type { SceneJob } from './render-scene';

export interface RenderProgress {
  /** Called once per scene as its outcome is known, in completion order. */
  onScene?(outcome: RenderOutcome, done: number, total: number): void;
  /** Called once the batch is bundled. */
  onBundled?(scenes: number, seconds: number): void;
  /** Called when a render failed for a reason that is not the scene's and is tried again in a fresh browser. */
  onRetry?(reason: string): void;
}

interface PendingScene {
  readonly index: number;
  readonly job: SceneJob;
  readonly entry: EntryScene;
  readonly rewrite: PlaceholderRewrite | null;
}

/**
 * Render validation of a batch of sanitized scenes: the remote-asset policy first, then one bundle for every
 * scene left and `settings.concurrency` browsers rendering them, offline (remote requests are answered by
 * stand-ins, and the policy settles what they mean). One outcome per scene, in input order; a failing scene
 * is an outcome, only a broken run (no browser, a bundler crash naming no scene) throws.
 */
export async function renderScenes(
  scenes: readonly SanitizedScene[],
  settings: RenderConfig,
  progress: RenderProgress = {},
  contract: RuntimeContract = RUNTIME_CONTRACT,
): Promise<RenderOutcome[]> {
  const outcomes: (RenderOutcome | undefined)[] = new Array(scenes.length);
  let done = 0;
  const settle = (index: number, outcome: RenderOutcome) => {
    outcomes[index] = outcome;
    progress.onScene?.(outcome, ++done, scenes.length);
  };

  const pending: PendingScene[] = [];
  const files = new Set<string>();
  for (const [index, scene] of scenes.entries()) {
    const screening = await screenRemoteAssets(scene, settings.remoteAssets);
    if (screening.kind === 'decided') {
      settle(index, screening.outcome);
      continue;
    }
    let file = sceneFileName(scene.templateId);
    if (files.has(file)) file = `${file}-${index}`;
    files.add(file);
    const compositions = scene.supportedFormats.map((format) => ({ id: compositionId(index, format), format, ...settings.formats[format] }));
    pending.push({
      index,
      job: { templateId: scene.templateId, compositions },
      entry: { file, code: screening.code, compositions },
      rewrite: screening.rewrite,
    });
  }
  if (pending.length === 0) return outcomes as RenderOutcome[];

  // The bundler and renderer take about a second to load: only when there is something to render.
  const [{ bundleScenes }, { BrowserLane, runOnLanes }, { renderScene, InfrastructureFailure }] = await Promise.all([
    import('./bundle'),
    import('./browser-lanes'),
    import('./render-scene'),
  ]);
  const workDir = mkdtempSync(join(tmpdir(), 'dataset-render-'));
  const lanes: BrowserLane[] = [];
  try {
    const started = performance.now();
    const bundle = await bundleScenes(
      pending.map((scene) => scene.entry),
      workDir,
      contract,
    );
    progress.onBundled?.(pending.length, (performance.now() - started) / 1000);
    const compiled = pending.filter((scene) => {
      const error = bundle.compileErrors.get(scene.entry.file);
      if (error !== undefined) settle(scene.index, renderRejection(scene.job.templateId, 'RENDER_ERROR', `does not compile: ${error}`));
      return error === undefined;
    });
    // A failure of the machinery is retried once in a fresh browser; twice, it fails the run (and nothing
    // about the scene is remembered).
    const renderOnceMore = async <T>(render: () => Promise<T>): Promise<T> => {
      try {
        return await render();
      } catch (error) {
        if (!(error instanceof InfrastructureFailure)) throw error;
        progress.onRetry?.(error.message);
        return render();
      }
    };
    const serveUrl = bundle.serveUrl;
    if (serveUrl === null || compiled.length === 0) return outcomes as RenderOutcome[];
    for (let i = 0; i < Math.min(settings.concurrency, compiled.length); i++) lanes.push(await BrowserLane.open(settings.browserExecutable));
    await runOnLanes(compiled, lanes, async (scene, lane) => {
      const { outcome, stubbed } = await renderOnceMore(() => renderScene(scene.job, lane, serveUrl, settings));
      const settled = settleRemoteRequests(outcome, stubbed, settings.remoteAssets);
      settle(scene.index, settled.kind === 'kept' ? { ...settled, rewrite: scene.rewrite } : settled);
    });
    return outcomes as RenderOutcome[];
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
    rmSync(workDir, { recursive: true, force: true });
  }
}
