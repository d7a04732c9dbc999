import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCacheServer, type CacheServerOptions } from './server';
import { EntryStore } from './store';

const WRITE_TOKEN = 'ci-write-token-0123456789';
const READ_TOKEN = 'dev-read-token-0123456789';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: Partial<Omit<CacheServerOptions, 'store'>> = {}): Promise<{ url: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cache-server-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const server: Server = createCacheServer({ store: new EntryStore(dir), token: null, readToken: null, maxEntryBytes: 1024, ...options });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  cleanups.push(
    () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        // fetch keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, dir };
}

const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
const put = (url: string, hash: string, body: Uint8Array, token?: string) => fetch(`${url}/v1/cache/${hash}`, { method: 'PUT', body, headers: auth(token) });
const get = (url: string, hash: string, token?: string) => fetch(`${url}/v1/cache/${hash}`, { headers: auth(token) });

/** Every file under the store, staging area included: what a client could ever read back. */
function storedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('the remote cache server', () => {
  it('answers 404 for a hash it has never stored', async () => {
    const { url } = await start();
    expect((await get(url, '1234567890')).status).toBe(404);
  });

  it('returns exactly the bytes it stored', async () => {
    const { url, dir } = await start();
    const body = new Uint8Array([0, 1, 2, 250, 251, 252, 10, 13]);
    expect((await put(url, '9876543210', body)).status).toBe(200);
    const response = await get(url, '9876543210');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(body);
    expect(storedFiles(dir)).toEqual(['98/9876543210']);
  });

  it('refuses to overwrite an entry (409) and keeps the first bytes', async () => {
    const { url } = await start();
    expect((await put(url, '42', new Uint8Array([1]))).status).toBe(200);
    expect((await put(url, '42', new Uint8Array([2]))).status).toBe(409);
    expect(new Uint8Array(await (await get(url, '42')).arrayBuffer())).toEqual(new Uint8Array([1]));
  });

  it('lets exactly one of two simultaneous writers of a hash win, with a whole entry', async () => {
    const { url, dir } = await start({ maxEntryBytes: 1_000_000 });
    const a = new Uint8Array(500_000).fill(7);
    const b = new Uint8Array(500_000).fill(9);
    const statuses = (await Promise.all([put(url, '77', a), put(url, '77', b)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const stored = new Uint8Array(await (await get(url, '77')).arrayBuffer());
    expect([a, b].some((candidate) => Buffer.compare(Buffer.from(candidate), Buffer.from(stored)) === 0)).toBe(true);
    expect(storedFiles(dir)).toEqual(['77/77']);
  });

  it('requires the bearer token when one is configured', async () => {
    const { url } = await start({ token: WRITE_TOKEN });
    expect((await put(url, '11', new Uint8Array([1]))).status).toBe(401);
    expect((await put(url, '11', new Uint8Array([1]), 'wrong-token-0123456789')).status).toBe(401);
    expect((await get(url, '11')).status).toBe(401);
    expect((await put(url, '11', new Uint8Array([1]), WRITE_TOKEN)).status).toBe(200);
    expect((await get(url, '11', WRITE_TOKEN)).status).toBe(200);
  });

  it('lets a read-only token read but not write (403)', async () => {
    const { url } = await start({ token: WRITE_TOKEN, readToken: READ_TOKEN });
    expect((await put(url, '12', new Uint8Array([1]), READ_TOKEN)).status).toBe(403);
    expect((await get(url, '12', READ_TOKEN)).status).toBe(404);
    expect((await put(url, '12', new Uint8Array([1]), WRITE_TOKEN)).status).toBe(200);
    expect((await get(url, '12', READ_TOKEN)).status).toBe(200);
  });

  it('refuses an entry over the size limit (413) and leaves nothing behind', async () => {
    const { url, dir } = await start({ maxEntryBytes: 100 });
    expect((await put(url, '13', new Uint8Array(101))).status).toBe(413);
    expect((await get(url, '13')).status).toBe(404);
    expect(storedFiles(dir)).toEqual([]);
  });

  it('refuses an upload without Content-Length (411), so the size limit cannot be sidestepped', async () => {
    const { url } = await start();
    const status = await new Promise<number>((done, fail) => {
      const req = httpRequest(`${url}/v1/cache/14`, { method: 'PUT', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', fail);
      req.end(Buffer.from([1, 2, 3]));
    });
    expect(status).toBe(411);
  });

  it('rejects hashes that could name another path', async () => {
    const { url } = await start();
    expect((await get(url, '..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
    expect((await fetch(`${url}/v1/cache/a/b`)).status).toBe(404);
    expect((await fetch(`${url}/v1/cache/15`, { method: 'DELETE' })).status).toBe(405);
  });
});
