import { createHash } from 'node:crypto';
import { kindFromUrl } from '../url-kinds';
import { EMPTY_FONT } from './empty-font';
import { REMOTE_VIDEO_WEBM, silentWav } from './media';
import { remoteTilePng, requestedImageSize, type TileSize } from './remote-tile';

/**
 * Stand-ins: the answers a render gets instead of the network. Production scenes load photos from image
 * CDNs, fonts, clips and JSON over https; the scene's code is the training target and stays as production
 * runs it, so what is replaced is the network. Every answer is made here from the request alone
 * (deterministic, nothing fetched), of the kind the request asks for.
 */
export type StandInKind = 'image' | 'video' | 'audio' | 'font' | 'stylesheet' | 'data' | 'script' | 'page' | 'other';

export interface RemoteRequest {
  readonly url: string;
  readonly method: string;
  /** Chromium's resource type (CDP `Network.ResourceType`): Image, Media, Font, Stylesheet, Script, Document, XHR, Fetch, Preflight, Other… */
  readonly resourceType: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface StandIn {
  /** Null for a CORS preflight: it answers for the request that follows, which is the one to report. */
  readonly kind: StandInKind | null;
  readonly status: number;
  readonly headers: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly body: Buffer;
}

/** Raise when a stand-in changes in a way its bytes below do not show (the rules choosing kind or size). */
const RULES_REVISION = 1;

const TEXT_BODIES = {
  stylesheet: ['text/css', '/* remote stylesheet: answered by a stand-in during render validation */\n'],
  script: ['text/javascript', '/* remote script: answered by a stand-in during render validation */\n'],
  page: ['text/html', '<!doctype html><meta charset="utf-8"><title>remote page</title>\n'],
  data: ['application/json', '{}'],
  other: ['application/octet-stream', ''],
} as const;

/** CORS open, so `crossOrigin` images, canvas reads and `fetch` behave as with a CDN that allows them. */
const CORS_HEADERS = [
  { name: 'Access-Control-Allow-Origin', value: '*' },
  { name: 'Access-Control-Allow-Headers', value: '*' },
  { name: 'Access-Control-Allow-Methods', value: 'GET, HEAD, POST, OPTIONS' },
  { name: 'Timing-Allow-Origin', value: '*' },
];

export function standInKind(request: RemoteRequest): StandInKind {
  const byUrl = kindFromUrl(request.url);
  switch (request.resourceType) {
    case 'Image':
      return 'image';
    case 'Media':
      return byUrl === 'audio' ? 'audio' : 'video';
    case 'Font':
      return 'font';
    case 'Stylesheet':
      return 'stylesheet';
    case 'Script':
      return 'script';
    case 'Document':
      return 'page';
    default:
      // fetch/XHR and the rest: what the URL names, else data (a `fetch` of an API answers JSON).
      if (byUrl === 'media') return 'video';
      if (byUrl) return byUrl;
      return ['XHR', 'Fetch', 'EventSource'].includes(request.resourceType) ? 'data' : 'other';
  }
}

/** The stand-in answer to one request to a remote host. */
export function standInFor(request: RemoteRequest): StandIn {
  if (request.method === 'OPTIONS') return { kind: null, status: 204, headers: CORS_HEADERS, body: Buffer.alloc(0) };
  const kind = standInKind(request);
  const [contentType, body] = standInBody(kind, request.url);
  return withRange({ kind, status: 200, headers: [{ name: 'Content-Type', value: contentType }, ...CORS_HEADERS], body }, request.headers);
}

/**
 * The frame Remotion's `<OffthreadVideo>` asks its local server for (`/proxy?src=<video>&time=…`): the
 * server would download the remote video from Node, so the request is answered before it gets there.
 */
export function offthreadFrameStandIn(videoUrl: string): StandIn {
  return { kind: 'video', status: 200, headers: [{ name: 'Content-Type', value: 'image/png' }, ...CORS_HEADERS], body: tile(requestedImageSize(videoUrl, VIDEO_SIZE), 'VIDEO') };
}

const VIDEO_SIZE: TileSize = { width: 1280, height: 720 };

function standInBody(kind: StandInKind, url: string): [string, Buffer] {
  switch (kind) {
    case 'image':
      return ['image/png', tile(requestedImageSize(url), 'IMAGE')];
    case 'video':
      return ['video/webm', REMOTE_VIDEO_WEBM];
    case 'audio':
      return ['audio/wav', SILENT_WAV];
    case 'font':
      return ['font/ttf', EMPTY_FONT];
    default: {
      const [type, text] = TEXT_BODIES[kind];
      return [type, Buffer.from(text)];
    }
  }
}

const SILENT_WAV = silentWav();

/** Tiles by size: a scene asks for the same photo in every sampled frame and format. */
const tiles = new Map<string, Buffer>();
function tile(size: TileSize, what: 'IMAGE' | 'VIDEO'): Buffer {
  const key = `${size.width}x${size.height}:${what}`;
  let png = tiles.get(key);
  if (!png) tiles.set(key, (png = remoteTilePng(size, what)));
  return png;
}

/** Media elements ask for byte ranges and seek with them: a `Range` request gets its slice (206). */
function withRange(standIn: StandIn, headers: Readonly<Record<string, string>>): StandIn {
  const total = standIn.body.length;
  const withLength = (status: number, body: Buffer, extra: { name: string; value: string }[] = []) => ({
    ...standIn,
    status,
    body,
    headers: [...standIn.headers, { name: 'Accept-Ranges', value: 'bytes' }, { name: 'Content-Length', value: String(body.length) }, ...extra],
  });
  const range = Object.entries(headers).find(([name]) => name.toLowerCase() === 'range')?.[1];
  const match = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (!match || total === 0 || (match[1] === '' && match[2] === '')) return withLength(standIn.status, standIn.body);
  const start = match[1] === '' ? Math.max(0, total - Number(match[2])) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? total - 1 : Math.min(total - 1, Number(match[2]));
  if (start > end || start >= total) return withLength(416, Buffer.alloc(0), [{ name: 'Content-Range', value: `bytes */${total}` }]);
  return withLength(206, standIn.body.subarray(start, end + 1), [{ name: 'Content-Range', value: `bytes ${start}-${end}/${total}` }]);
}

let version: string | undefined;

/**
 * The stand-ins' version, part of every render record's key: a digest of what they answer (a sample of
 * each kind) and of RULES_REVISION. A scene rendered against other stand-ins renders again.
 */
export function standInsVersion(): string {
  if (version === undefined) {
    const hash = createHash('sha256').update(`rules ${RULES_REVISION}\0`);
    for (const body of [EMPTY_FONT, REMOTE_VIDEO_WEBM, SILENT_WAV, remoteTilePng({ width: 96, height: 64 }, 'IMAGE'), ...Object.values(TEXT_BODIES).flat()]) {
      hash.update(body).update('\0');
    }
    version = hash.digest('hex').slice(0, 16);
  }
  return version;
}
