/** What a remote URL loads, as far as the URL or its use tells. */
export type RemoteAssetKind = 'image' | 'video' | 'audio' | 'font' | 'stylesheet' | 'page' | 'data' | 'media';

const EXTENSION_KINDS: Record<string, RemoteAssetKind> = Object.fromEntries([
  ...['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'bmp', 'ico', 'apng'].map((e) => [e, 'image']),
  ...['mp4', 'webm', 'mov', 'm4v', 'ogv', 'm3u8', 'mkv'].map((e) => [e, 'video']),
  ...['mp3', 'wav', 'ogg', 'oga', 'm4a', 'aac', 'flac', 'opus'].map((e) => [e, 'audio']),
  ...['woff', 'woff2', 'ttf', 'otf', 'eot'].map((e) => [e, 'font']),
  ['css', 'stylesheet'],
  ['json', 'data'],
]);

const HOST_KINDS: Record<string, RemoteAssetKind> = {
  'fonts.googleapis.com': 'stylesheet',
  'fonts.gstatic.com': 'font',
  'images.unsplash.com': 'image',
  'picsum.photos': 'image',
  'i.pravatar.cc': 'image',
  'randomuser.me': 'image',
  'api.iconify.design': 'image',
};

/** What a URL is by its file extension or its host alone (`…/intro.mp4`, `fonts.gstatic.com`), else null. */
export function kindFromUrl(url: string): RemoteAssetKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(parsed.pathname)?.[1]?.toLowerCase();
  return (extension && EXTENSION_KINDS[extension]) || HOST_KINDS[parsed.hostname] || null;
}

