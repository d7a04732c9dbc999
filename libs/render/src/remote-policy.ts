import type { RemoteAssetPolicy } from '@dataset/config';
import type { SanitizedScene } from '@dataset/domain';
import { renderRejection, type PlaceholderRewrite, type RenderOutcome } from './outcome';
import { replaceRemoteImages } from './placeholders';
import { findRemoteAssets, type RemoteAsset } from './remote-assets';

/** What to do with a scene before rendering it: render this code, or the outcome is already decided. */
export type Screening =
  | { readonly kind: 'render'; readonly code: string; readonly rewrite: PlaceholderRewrite | null }
  | { readonly kind: 'decided'; readonly outcome: RenderOutcome };

const describe = (assets: readonly RemoteAsset[]) => assets.map((asset) => `${asset.kind} ${asset.url} (line ${asset.line})`).join(', ');

/**
 * Applies the remote-asset policy. Offline (as here) such a scene would fail or render holes; anywhere, it
 * teaches the model to depend on URLs that may vanish. `reject` drops it, `keep` keeps it unrendered and
 * flagged, `placeholder` swaps images for a local stand-in (anything else still rejects).
 */
export async function screenRemoteAssets(scene: SanitizedScene, policy: RemoteAssetPolicy): Promise<Screening> {
  const assets = findRemoteAssets(scene.code);
  if (assets.length === 0) return { kind: 'render', code: scene.code, rewrite: null };
  switch (policy) {
    case 'reject':
      return { kind: 'decided', outcome: renderRejection(scene.templateId, 'REMOTE_ASSET', `loads remote assets: ${describe(assets)}`) };
    case 'keep':
      return {
        kind: 'decided',
        outcome: {
          kind: 'kept',
          templateId: scene.templateId,
          seconds: 0,
          durationInFrames: null,
          thumbnails: [],
          flags: assets.map((asset) => `render-skipped:remote-asset:${asset.url}`),
          rewrite: null,
        },
      };
    case 'placeholder': {
      const result = await replaceRemoteImages(scene.code);
      if (result.kind === 'unplaceable') {
        return { kind: 'decided', outcome: renderRejection(scene.templateId, 'REMOTE_ASSET', `no local stand-in for remote assets: ${describe(result.assets)}`) };
      }
      return { kind: 'render', code: result.code, rewrite: { code: result.code, fixes: result.fixes } };
    }
  }
}
