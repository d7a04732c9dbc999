import { ts } from 'ts-morph';
import { kindFromUrl, type RemoteAssetKind } from './url-kinds';

export type { RemoteAssetKind } from './url-kinds';

/**
 * Remote assets: `http(s)://` URLs a scene loads (images, video, audio, fonts, stylesheets, fetched data).
 * A URL that is only shown (a caption saying "acme.com/pricing", a link's href) is not one. Found on the
 * syntax tree: a URL literal counts when where it is used says it is loaded (a media element's `src`,
 * `url(…)` in CSS, `fetch`, `new FontFace`…), when its file extension or host says what it is, or when the
 * name it is bound to does (`logoUrl`, `{ avatar: … }`, `const photos = [ … ]`).
 */
export interface RemoteAsset {
  readonly url: string;
  readonly kind: RemoteAssetKind;
  /** 1-based line in the scene code. */
  readonly line: number;
}

const URL_PATTERN = /https?:\/\/[^\s'"`<>()\\{}$]+/g;
/** XML namespace names look like URLs but are never fetched (`xmlns="http://www.w3.org/2000/svg"`). */
const NAMESPACE_PREFIX = 'http://www.w3.org/';

/** JSX elements that load their `src` (or svg `<image href>`), by tag. */
const TAG_KINDS: Record<string, RemoteAssetKind> = {
  Img: 'image',
  img: 'image',
  AnimatedImage: 'image',
  image: 'image',
  Video: 'video',
  OffthreadVideo: 'video',
  Html5Video: 'video',
  video: 'video',
  source: 'media',
  Audio: 'audio',
  Html5Audio: 'audio',
  audio: 'audio',
  IFrame: 'page',
  iframe: 'page',
};
const LOADING_ATTRIBUTES = new Set(['src', 'poster', 'srcSet', 'href', 'xlinkHref']);

const CALL_KINDS: Record<string, RemoteAssetKind> = {
  fetch: 'data',
  prefetch: 'media',
  Image: 'image',
  Audio: 'audio',
  FontFace: 'font',
};

const NAME_KINDS: ReadonlyArray<[RegExp, RemoteAssetKind]> = [
  [/video|clip|footage|movie/i, 'video'],
  [/audio|sound|music|voice/i, 'audio'],
  [/font/i, 'font'],
  [/src|image|img|photo|picture|avatar|logo|poster|thumb|background|bg|icon|cover|banner|headshot|sprite/i, 'image'],
];

/** One string-bearing node and the URLs in it. */
export interface RemoteAssetSite {
  readonly node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;
  readonly text: string;
  readonly assets: RemoteAsset[];
}

export function parseScene(code: string): ts.SourceFile {
  return ts.createSourceFile('scene.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

export function findRemoteAssets(code: string): RemoteAsset[] {
  return remoteAssetSites(parseScene(code)).flatMap((site) => site.assets);
}

export function remoteAssetSites(file: ts.SourceFile): RemoteAssetSite[] {
  const sites: RemoteAssetSite[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = literalText(node);
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      const assets = [...text.matchAll(URL_PATTERN)].flatMap((match) => {
        const url = match[0];
        if (url.startsWith(NAMESPACE_PREFIX)) return [];
        const kind = kindFromUse(node) ?? kindFromCss(text, match.index) ?? kindFromUrl(url) ?? kindFromBinding(node);
        return kind ? [{ url, kind, line }] : [];
      });
      if (assets.length > 0) sites.push({ node, text, assets });
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sites;
}

/** A template's substitutions read as `${…}` so its literal parts stay in place (`https://x/${id}.png`). */
function literalText(node: RemoteAssetSite['node']): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return node.head.text + node.templateSpans.map((span) => '${…}' + span.literal.text).join('');
}

/** Climbs out of the expressions that only choose between values: `a ?? 'https://…'`, `x ? '…' : '…'`, `(…)`. */
function consumer(node: ts.Node): ts.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    const passesThrough =
      ts.isParenthesizedExpression(parent) ||
      ts.isJsxExpression(parent) ||
      ts.isAsExpression(parent) ||
      (ts.isConditionalExpression(parent) && parent.condition !== current) ||
      (ts.isBinaryExpression(parent) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(parent.operatorToken.kind)) ||
      ts.isArrayLiteralExpression(parent);
    if (!passesThrough) return parent;
    current = parent;
  }
}

function kindFromUse(node: ts.Node): RemoteAssetKind | null {
  const user = consumer(node);
  if (ts.isJsxAttribute(user) && LOADING_ATTRIBUTES.has(user.name.getText())) {
    const element = user.parent.parent;
    const tag = element.tagName.getText().replace(/^window\.Remotion\./, '');
    return TAG_KINDS[tag] ?? (user.name.getText() === 'src' ? 'media' : null);
  }
  if (ts.isCallExpression(user) || ts.isNewExpression(user)) {
    const callee = user.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    return CALL_KINDS[name] ?? null;
  }
  return null;
}

function kindFromCss(text: string, urlIndex: number): RemoteAssetKind | null {
  const before = text.slice(0, urlIndex);
  if (/@import\s+(url\(\s*)?['"]?$/.test(before)) return 'stylesheet';
  if (/url\(\s*['"]?$/.test(before)) return /@font-face/.test(text) ? 'font' : 'image';
  return null;
}

function kindFromBinding(node: ts.Node): RemoteAssetKind | null {
  const user = consumer(node);
  const name =
    (ts.isVariableDeclaration(user) || ts.isPropertyAssignment(user) || ts.isBindingElement(user) || ts.isParameter(user)) && user.name
      ? user.name.getText()
      : ts.isBinaryExpression(user) && user.operatorToken.kind === ts.SyntaxKind.EqualsToken
        ? user.left.getText()
        : null;
  if (!name) return null;
  return NAME_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
