import * as prettier from 'prettier';
import { ts } from 'ts-morph';
import { PRETTIER_OPTIONS } from '@dataset/sanitize';
import { parseScene, remoteAssetSites, type RemoteAsset, type RemoteAssetSite } from './remote-assets';

/**
 * A 1×1 slate-grey PNG (#94a3b8): stretched by the element's own size it draws the "box where the photo
 * was" the seeds suggest, in few bytes and with nothing to fetch. placeholders.test.ts decodes it.
 */
export const PLACEHOLDER_IMAGE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mOYsngHAAO+AfDhFT7oAAAAAElFTkSuQmCC';

export type PlaceholderResult =
  | { readonly kind: 'rewritten'; readonly code: string; readonly fixes: string[] }
  /** Assets with no local stand-in (video, audio, fonts, stylesheets, data, or a URL built in a way we cannot swap). */
  | { readonly kind: 'unplaceable'; readonly assets: RemoteAsset[] };

/**
 * The `placeholder` remote-asset policy: every remote image becomes PLACEHOLDER_IMAGE, recorded as a fix
 * `placeholder-remote-image:<url>`, and the module is re-formatted with the sanitizer's prettier options so
 * it stays in canonical layout. Pure; lives here rather than in @dataset/sanitize because only the render
 * stage applies the policy.
 */
export async function replaceRemoteImages(code: string): Promise<PlaceholderResult> {
  const file = parseScene(code);
  const sites = remoteAssetSites(file);
  const unplaceable = sites.flatMap((site) => site.assets.filter((asset) => asset.kind !== 'image' || swapText(site, file) === null));
  if (unplaceable.length > 0) return { kind: 'unplaceable', assets: unplaceable };
  let rewritten = code;
  for (const site of [...sites].sort((a, b) => b.node.getStart(file) - a.node.getStart(file))) {
    rewritten = rewritten.slice(0, site.node.getStart(file)) + swapText(site, file)! + rewritten.slice(site.node.getEnd());
  }
  const fixes = sites.flatMap((site) => site.assets.map((asset) => `placeholder-remote-image:${asset.url}`));
  return { kind: 'rewritten', code: await format(rewritten), fixes };
}

/** The node's new source text, or null when its URLs cannot be swapped without guessing. */
function swapText(site: RemoteAssetSite, file: ts.SourceFile): string | null {
  const source = site.node.getText(file);
  const [first] = site.assets;
  if (!first) return source;
  // A literal that is nothing but the URL (`src="https://…"`, or a template building one) becomes the stand-in.
  const wholeUrl = site.assets.length === 1 && (site.text.trim() === first.url || (ts.isTemplateExpression(site.node) && site.text.startsWith(first.url)));
  if (wholeUrl) {
    const quote = source.startsWith('"') ? '"' : "'";
    return `${quote}${PLACEHOLDER_IMAGE}${quote}`;
  }
  // URLs inside a longer plain string (CSS `url(https://…)`) are swapped where they stand.
  if (ts.isTemplateExpression(site.node) || !site.assets.every((asset) => source.includes(asset.url))) return null;
  return site.assets.reduce((text, asset) => text.split(asset.url).join(PLACEHOLDER_IMAGE), source);
}

async function format(code: string): Promise<string> {
  try {
    return await prettier.format(code, PRETTIER_OPTIONS);
  } catch {
    return prettier.format(code, { ...PRETTIER_OPTIONS, parser: 'typescript' });
  }
}
