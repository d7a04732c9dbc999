import { RawManifest, RawTemplate, type Rejection, type SanitizedScene } from '@dataset/domain';
import { createSanitizer, SANITIZER_VERSION } from '@dataset/sanitize';
import { json, readAssetJson, readAssetJsonl, toJsonl, writeAsset } from '../assets';
import { Progress } from '../progress';
import type { SanitizedSummary } from '../summaries';

/** Asset `sanitized`: every raw template through the sanitizer; a failure is a recorded rejection. */
export async function materializeSanitized(): Promise<void> {
  const raw = readAssetJsonl('raw', 'templates.jsonl', RawTemplate);
  const manifest = readAssetJson('raw', 'manifest.json', RawManifest);
  const sanitizer = createSanitizer();
  const scenes: SanitizedScene[] = [];
  const rejections: Rejection[] = [];
  const progress = new Progress('sanitized', raw.length);
  for (const template of raw) {
    const outcome = await sanitizer.sanitize(template);
    if (outcome.kind === 'kept') scenes.push(outcome.scene);
    else rejections.push(outcome.rejection);
    progress.tick();
  }
  writeAsset('sanitized', {
    'scenes.jsonl': toJsonl(scenes),
    'summary.json': json({
      sanitizerVersion: SANITIZER_VERSION,
      templatesRequested: manifest.templatesRequested,
      kept: scenes.length,
      missingTemplates: manifest.missingTemplates,
      sanitizerFailures: rejections,
    } satisfies SanitizedSummary),
  });
  const reasons = [...new Set(rejections.map((r) => r.code))].sort().map((code) => `${code}×${rejections.filter((r) => r.code === code).length}`);
  progress.finish(`${scenes.length} kept, ${rejections.length} rejected${reasons.length ? ` (${reasons.join(', ')})` : ''}`);
}
