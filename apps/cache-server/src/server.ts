import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { EntryStore, EntryTooLarge, isCacheHash } from './store';

export interface CacheServerOptions {
  store: EntryStore;
  /** Bearer token that may read and write. With no token at all, the cache is open to anyone who can reach it. */
  token: string | null;
  /** Bearer token that may only read (developer machines), while CI holds `token`. */
  readToken: string | null;
  maxEntryBytes: number;
  log?: (line: string) => void;
}

type Access = 'read' | 'write';

const ROUTE = /^\/v1\/cache\/([^/?#]+)$/;

/** The Nx remote cache HTTP API (`GET`/`PUT /v1/cache/{hash}`, tar archives as opaque bytes) over an entry store. */
export function createCacheServer(options: CacheServerOptions): Server {
  return createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      options.log?.(`${request.method} ${request.url} failed: ${(error as Error).message}`);
      if (!response.headersSent) reply(response, 500, 'internal error');
      else response.destroy();
    });
  });
}

async function handle(options: CacheServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://cache');
  const route = ROUTE.exec(url.pathname);
  if (!route) return reply(response, 404, 'not found: the cache API is /v1/cache/{hash}');
  // Hashes are plain tokens: no percent-decoding, so an encoded `/` or `..` can never reach the file system.
  const hash = route[1]!;
  if (!isCacheHash(hash)) return reply(response, 400, 'invalid cache hash');
  const done = (status: number, message: string) => {
    options.log?.(`${request.method} ${hash} ${status}`);
    reply(response, status, message);
  };

  if (request.method === 'GET' || request.method === 'HEAD') {
    const denied = authorize(options, request, 'read');
    if (denied) return done(denied.status, denied.message);
    const entry = options.store.open(hash);
    if (!entry) return done(404, 'no cache entry for this hash');
    options.log?.(`${request.method} ${hash} 200 (${entry.size} bytes)`);
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.size });
    if (request.method === 'HEAD') {
      entry.body.destroy();
      response.end();
      return;
    }
    // A read error mid-body rejects here, and the catch above cuts the connection: never a short 200.
    await pipeline(entry.body, response);
    return;
  }

  if (request.method === 'PUT') {
    const denied = authorize(options, request, 'write');
    const refuse = (status: number, message: string) => {
      // The body is not wanted: answer now and close, rather than read a possibly huge upload first.
      response.setHeader('connection', 'close');
      done(status, message);
      request.resume();
    };
    if (denied) return refuse(denied.status, denied.message);
    const length = request.headers['content-length'];
    if (length === undefined) return refuse(411, 'Content-Length is required');
    if (Number(length) > options.maxEntryBytes) return refuse(413, `cache entry larger than ${options.maxEntryBytes} bytes`);
    // Entries are immutable: a hash names exactly one output, and overwriting one is how a cache gets poisoned.
    if (options.store.has(hash)) return refuse(409, 'cannot override an existing record');
    try {
      const outcome = await options.store.put(hash, request, options.maxEntryBytes);
      return outcome === 'stored' ? done(200, 'stored') : done(409, 'cannot override an existing record');
    } catch (error) {
      if (error instanceof EntryTooLarge) return done(413, error.message);
      throw error;
    }
  }

  response.setHeader('allow', 'GET, HEAD, PUT');
  return reply(response, 405, 'method not allowed');
}

function authorize(options: CacheServerOptions, request: IncomingMessage, access: Access): { status: number; message: string } | null {
  if (options.token === null && options.readToken === null) return null;
  const header = request.headers['authorization'] ?? '';
  const presented = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!presented) return { status: 401, message: 'missing bearer token' };
  if (options.token !== null && sameSecret(presented, options.token)) return null;
  if (options.readToken !== null && sameSecret(presented, options.readToken)) {
    return access === 'read' ? null : { status: 403, message: 'this token may only read from the cache' };
  }
  return { status: 401, message: 'invalid bearer token' };
}

/** Compares digests, so neither the length nor the content of a token leaks through timing. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

function reply(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(message);
}
