import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { parseJsonl, toJsonl } from '@dataset/domain';

/** Where each asset is materialized; these folders are the Nx targets' declared outputs. */
export const ASSET_ROOT = resolve(process.env['DATASET_ASSET_ROOT'] ?? 'dist/assets');

export type AssetName = 'raw' | 'sanitized' | 'rendered' | 'prompts' | 'dedup' | 'splits' | 'checks' | 'release';

/** A file's content: text, or bytes (thumbnails). */
export type AssetFiles = Record<string, string | Uint8Array>;

export function assetPath(asset: AssetName, file: string): string {
  return join(ASSET_ROOT, asset, file);
}

/**
 * Replaces an asset's folder as a whole: files are written to a temporary sibling and swapped in,
 * so a crash leaves the previous materialization, never a mix.
 */
export function writeAsset(asset: AssetName, files: AssetFiles): void {
  const dir = join(ASSET_ROOT, asset);
  // An unchanged asset is left alone, so downstream readers and file watchers see no churn.
  if (holdsFiles(dir, files)) return;
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(staging, name)), { recursive: true });
    writeFileSync(join(staging, name), content);
  }
  mkdirSync(dirname(dir), { recursive: true });
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
}

function holdsFiles(dir: string, files: AssetFiles): boolean {
  if (!existsSync(dir)) return false;
  const present = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  if (present.length !== Object.keys(files).length) return false;
  // Sizes first: a stage that runs usually changed its asset, and reading tens of megabytes back to learn so
  // cost more than writing them.
  const entries = Object.entries(files).map(([name, content]) => ({ path: join(dir, name), content }));
  if (!entries.every(({ path, content }) => existsSync(path) && statSync(path).size === byteLength(content))) return false;
  return entries.every(({ path, content }) => (typeof content === 'string' ? readFileSync(path, 'utf8') === content : readFileSync(path).equals(content)));
}

function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}

export function readAssetJsonl<S extends z.ZodType>(asset: AssetName, file: string, schema: S): z.infer<S>[] {
  const path = assetPath(asset, file);
  if (!existsSync(path)) throw new Error(`asset ${asset} is not materialized (${path} missing): run its Nx target`);
  return parseJsonl(readFileSync(path, 'utf8'), schema, path);
}

export function readAssetJson<S extends z.ZodType>(asset: AssetName, file: string, schema: S): z.infer<S> {
  const path = assetPath(asset, file);
  if (!existsSync(path)) throw new Error(`asset ${asset} is not materialized (${path} missing): run its Nx target`);
  return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every file of an asset folder (relative path → bytes), e.g. to publish it as it is. */
export function readAssetFolder(asset: AssetName): [string, Buffer][] {
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

export { toJsonl };

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
