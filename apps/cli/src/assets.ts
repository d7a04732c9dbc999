import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { parseJsonlLine } from '@dataset/domain';
import { removeAbandonedStaging, removeEmptyFolders, stagingPath } from '@dataset/release/staging';
import { assetNamed, readsUpstreamFile, type AssetDefinition } from '../graph/assets.mjs';

/**
 * Where each asset is materialized: exactly the Nx targets' declared outputs (stages run at the workspace
 * root). Not configurable: an asset written anywhere else would be cached by Nx as an empty output.
 */
export const ASSET_ROOT = resolve('dist/assets');

export type AssetName = 'raw' | 'sanitized' | 'rendered' | 'prompts' | 'dedup' | 'splits' | 'checks' | 'release';

/**
 * A JSONL file streamed to disk record by record as the asset is written, so a stage never holds the whole
 * serialized file (tens of megabytes at 10,000 templates, twice that as a JavaScript string) beside its rows.
 */
export class JsonlRecords {
  constructor(readonly rows: Iterable<unknown>) {}
}

export function jsonl(rows: Iterable<unknown>): JsonlRecords {
  return new JsonlRecords(rows);
}

/** A file's content: text, bytes (thumbnails), or JSONL records. */
export type AssetFiles = Record<string, string | Uint8Array | JsonlRecords>;

/** How much is read or written per system call when streaming. */
const CHUNK_BYTES = 1 << 20;

let materializing: AssetDefinition | undefined;

/**
 * Names the asset this process materializes (the CLI's entry does). From then on every read of another
 * asset is checked against what the graph declares it reads: a stage reading an undeclared asset or file
 * would be a stale cache hit the day that file changes, so it fails at once instead.
 */
export function materializingAsset(name: string): void {
  materializing = assetNamed(name);
}

function checkDeclaredRead(asset: AssetName, file: string | null): void {
  if (!materializing || asset === materializing.name) return;
  const where = `apps/cli/graph/assets.mjs`;
  if (!materializing.upstream.includes(asset)) {
    throw new Error(`${materializing.name} reads asset ${asset}, which is not one of its upstream assets in ${where}: declare it, or Nx would not rerun ${materializing.name} when ${asset} changes`);
  }
  if (file !== null && !readsUpstreamFile(materializing, file)) {
    throw new Error(`${materializing.name} reads ${asset}/${file}, which its upstreamFiles "${materializing.upstreamFiles}" in ${where} leaves out of its cache key`);
  }
}

/** Where a file of an asset is; reading one checks it against the graph's declaration (see materializingAsset). */
export function assetPath(asset: AssetName, file: string): string {
  checkDeclaredRead(asset, file);
  return join(ASSET_ROOT, asset, file);
}

/**
 * Where assets are staged before they are swapped in: beside the asset folders, in none of them (an asset's
 * folder is its Nx output), on the same filesystem so the swap is a rename.
 */
const STAGING_DIR = join(ASSET_ROOT, '.staging');

/**
 * Removes what writers that were killed left staged (and the `<asset>.tmp-<pid>`, `.old-<pid>` folders that
 * earlier versions staged among the assets), never what a running writer is writing. Every stage does, cached
 * build or not, once its build holds the workspace.
 */
export function removeAbandonedAssetStaging(): void {
  removeAbandonedStaging(STAGING_DIR);
  removeAbandonedStaging(ASSET_ROOT);
  removeEmptyFolders([STAGING_DIR]);
}

/**
 * Replaces an asset's folder as a whole: files are written to a staging folder and swapped in, so a crash
 * leaves the previous materialization, never a mix.
 */
export function writeAsset(asset: AssetName, files: AssetFiles): void {
  const dir = join(ASSET_ROOT, asset);
  const staging = stagingPath(STAGING_DIR, asset);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(staging, name)), { recursive: true });
      writeContent(join(staging, name), content);
    }
    // An unchanged asset is left alone, so downstream readers and file watchers see no churn.
    if (!sameFiles(staging, dir)) {
      const old = stagingPath(STAGING_DIR, asset, 'old');
      if (existsSync(dir)) renameSync(dir, old);
      renameSync(staging, dir);
      rmSync(old, { recursive: true, force: true });
    }
  } finally {
    // Rows are serialized while they are written, so a bad row (or a full disk) fails here: leave no half-written folder.
    rmSync(staging, { recursive: true, force: true });
    removeEmptyFolders([STAGING_DIR]);
  }
}

function writeContent(path: string, content: string | Uint8Array | JsonlRecords): void {
  if (!(content instanceof JsonlRecords)) {
    writeFileSync(path, content);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    let pending = '';
    for (const row of content.rows) {
      pending += `${JSON.stringify(row)}\n`;
      if (pending.length >= CHUNK_BYTES) {
        writeFully(fd, Buffer.from(pending));
        pending = '';
      }
    }
    if (pending) writeFully(fd, Buffer.from(pending));
  } finally {
    closeSync(fd);
  }
}

function writeFully(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Whether two folders hold the same files with the same bytes (sizes first: a changed asset usually differs in size). */
function sameFiles(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  const names = filesUnder(a);
  const others = filesUnder(b);
  if (names.length !== others.length || names.some((name, i) => name !== others[i])) return false;
  if (!names.every((name) => statSync(join(a, name)).size === statSync(join(b, name)).size)) return false;
  return names.every((name) => sameBytes(join(a, name), join(b, name)));
}

function sameBytes(a: string, b: string): boolean {
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  try {
    const ba = Buffer.allocUnsafe(CHUNK_BYTES);
    const bb = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const na = readFully(fa, ba);
      const nb = readFully(fb, bb);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

function readFully(fd: number, buffer: Buffer): number {
  let filled = 0;
  while (filled < buffer.length) {
    const n = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}

/** A file's lines (split on newlines, decoded as UTF-8 line by line), read a chunk at a time rather than as one string. */
export function* fileLines(path: string, chunkBytes = CHUNK_BYTES): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    // The start of a line that runs past the chunk it began in, copied because the buffer is reused.
    let carried: Buffer[] = [];
    for (;;) {
      const n = readSync(fd, buffer, 0, chunkBytes, null);
      if (n === 0) break;
      // Only what this read filled: past it lie a previous chunk's bytes.
      const chunk = buffer.subarray(0, n);
      let start = 0;
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
        if (carried.length > 0) {
          yield Buffer.concat([...carried, chunk.subarray(start, newline)]).toString('utf8');
          carried = [];
        } else {
          yield chunk.toString('utf8', start, newline);
        }
        start = newline + 1;
      }
      if (start < n) carried.push(Buffer.from(chunk.subarray(start)));
    }
    if (carried.length > 0) yield Buffer.concat(carried).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Every row of a JSONL asset, validated line by line; an invalid line is an error naming the file and line. */
export function readAssetJsonl<S extends z.ZodType>(asset: AssetName, file: string, schema: S): z.infer<S>[] {
  const path = assetPath(asset, file);
  if (!existsSync(path)) throw new Error(`asset ${asset} is not materialized (${path} missing): run its Nx target`);
  const rows: z.infer<S>[] = [];
  let lineNumber = 0;
  for (const line of fileLines(path)) {
    const row = parseJsonlLine(line, (lineNumber += 1), schema, path);
    if (row !== undefined) rows.push(row.value);
  }
  return rows;
}

export function readAssetJson<S extends z.ZodType>(asset: AssetName, file: string, schema: S): z.infer<S> {
  const path = assetPath(asset, file);
  if (!existsSync(path)) throw new Error(`asset ${asset} is not materialized (${path} missing): run its Nx target`);
  return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every file of an asset folder (relative path → bytes), e.g. to publish it as it is. */
export function readAssetFolder(asset: AssetName): [string, Buffer][] {
  checkDeclaredRead(asset, null);
  const dir = join(ASSET_ROOT, asset);
  if (!existsSync(dir)) throw new Error(`asset ${asset} is not materialized (${dir} missing): run its Nx target`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e): [string, Buffer] => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length + 1), readFileSync(path)];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** For assets whose shape is a TypeScript type of an upstream stage rather than a schema (the gates' report). */
export function readAssetJsonAs<T>(asset: AssetName, file: string): T {
  const path = assetPath(asset, file);
  if (!existsSync(path)) throw new Error(`asset ${asset} is not materialized (${path} missing): run its Nx target`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
