import type { RemoteAssetPolicy } from '@dataset/config';
import type { SanitizedScene } from '@dataset/domain';
import type { StubbedRequest } from './offline-network';
import { renderRejection, type PlaceholderRewrite, type RenderOutcome } from './outcome';
import { replaceRemoteImages } from './placeholders';
import { findRemoteAssets, type RemoteAsset } from './remote-assets';

/** What to do with a scene before rendering it: render this code, or the outcome is already decided. */
export type Screening =
  | { readonly kind: 'render'; readonly code: string; readonly rewrite: PlaceholderRewrite | null }
  | { readonly kind: 'decided'; readonly outcome: RenderOutcome };

const describe = (assets: readonly RemoteAsset[]) => assets.map((asset) => `${asset.kind} ${asset.url} (line ${asset.line})`).join(', ');

/**
 * Applies the remote-asset policy before rendering, to the URLs the code shows. `stub` (the default)
 * renders every scene as it is: the offline network answers its remote requests with stand-ins, and
 * `settleRemoteRequests` reports them. `reject` drops a scene that loads remote assets, `keep` keeps it
 * unrendered and flagged, `placeholder` rewrites its image URLs to a local data URI (anything else rejects).
 */
export async function screenRemoteAssets(scene: SanitizedScene, policy: RemoteAssetPolicy): Promise<Screening> {
  if (policy === 'stub') return { kind: 'render', code: scene.code, rewrite: null };
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

/**
 * Applies the policy after rendering, to the requests the render made (the ground truth: a URL built at
 * run time shows in no literal). With none, the outcome stands. Under `reject`, any is REMOTE_ASSET.
 * Otherwise a kept scene is flagged `remote-<kind>-stubbed:<host>`, and a scene that failed after stand-ins
 * answered is RENDER_ERROR_STUBBED_ASSET rather than RENDER_ERROR/TIMEOUT/BLANK: offline there is no telling
 * whether the real assets would have worked, so it is never called broken.
 */
export function settleRemoteRequests(outcome: RenderOutcome, stubbed: readonly StubbedRequest[], policy: RemoteAssetPolicy): RenderOutcome {
  if (stubbed.length === 0) return outcome;
  if (policy === 'reject') {
    const urls = unique(stubbed.map((request) => `${request.kind} ${request.url}`));
    return renderRejection(outcome.templateId, 'REMOTE_ASSET', `requested remote assets while rendering: ${urls.join(', ')}`, outcome.seconds);
  }
  if (outcome.kind === 'kept') return { ...outcome, flags: [...outcome.flags, ...stubbedFlags(stubbed)] };
  const { code, message } = outcome.rejection;
  if (code === 'REMOTE_ASSET' || code === 'RENDER_ERROR_STUBBED_ASSET') return outcome;
  const hosts = unique(stubbed.map((request) => `${request.kind} ${hostOf(request.url)}`));
  return renderRejection(outcome.templateId, 'RENDER_ERROR_STUBBED_ASSET', `${code} with stand-ins for ${hosts.join(', ')}: ${message}`, outcome.seconds);
}

/**
 * `remote-image-stubbed:images.acme.test`, one per kind and host, sorted: the order requests arrive in varies
 * between runs, and the record must not.
 */
function stubbedFlags(stubbed: readonly StubbedRequest[]): string[] {
  return unique(stubbed.map((request) => `remote-${request.kind}-stubbed:${hostOf(request.url)}`));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const unique = (values: readonly string[]) => [...new Set(values)].sort();
