import { createReadStream, createWriteStream, existsSync, linkSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Nx task hashes are decimal digits today; anything that could name another path is refused. */
const HASH = /^[A-Za-z0-9_-]{1,128}$/;

export function isCacheHash(hash: string): boolean {
  return HASH.test(hash);
}

export class EntryTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`cache entry larger than ${limit} bytes`);
    this.name = 'EntryTooLarge';
  }
}

export interface StoredEntry {
  size: number;
  body: Readable;
}

/**
 * Cache entries (Nx's tar archives, stored as the bytes received) as one file per hash under `dir`.
 * An entry is written to a temporary file and then hard-linked into place: the link either creates the
 * whole entry or fails because one exists, so a reader never sees a partial file and the first writer wins.
 */
export class EntryStore {
  private readonly staging: string;

  constructor(readonly dir: string) {
    this.staging = join(dir, '.staging');
    mkdirSync(this.staging, { recursive: true });
  }

  private pathOf(hash: string): string {
    if (!isCacheHash(hash)) throw new Error(`not a cache hash: ${JSON.stringify(hash)}`);
    return join(this.dir, hash.slice(0, 2), hash);
  }

  has(hash: string): boolean {
    return existsSync(this.pathOf(hash));
  }

  open(hash: string): StoredEntry | null {
    const path = this.pathOf(hash);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return null;
    }
    return { size, body: createReadStream(path) };
  }

  /** Stores `body` under `hash` unless an entry exists; rejects with `EntryTooLarge` past `maxBytes`. */
  async put(hash: string, body: Readable, maxBytes: number): Promise<'stored' | 'exists'> {
    const path = this.pathOf(hash);
    if (existsSync(path)) return 'exists';
    const temp = join(this.staging, `${hash}.${process.pid}.${randomBytes(6).toString('hex')}`);
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done(received > maxBytes ? new EntryTooLarge(maxBytes) : null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(temp, { flags: 'wx' }));
      mkdirSync(join(this.dir, hash.slice(0, 2)), { recursive: true });
      try {
        linkSync(temp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
        throw error;
      }
      return 'stored';
    } finally {
      rmSync(temp, { force: true });
    }
  }
}
