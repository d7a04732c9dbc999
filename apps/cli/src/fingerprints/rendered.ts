import { resolve } from 'node:path';
import type { DatasetConfig } from '@dataset/config';
import { canonicalJson, sha256 } from '@dataset/domain';
// The subpath, not the package: the fingerprint must not pull in the bundler and renderer.
import { memoizedChromiumVersion } from '@dataset/render/version';

/**
 * The render settings and the browser's version: a Chromium upgrade re-renders (with rendering on; off, the
 * stage never asks the browser). Where Chromium lives and how many browsers run at once do not change a
 * render, so they are left out.
 */
export function fingerprintRendered(config: DatasetConfig): string {
  const { browserExecutable, concurrency: _concurrency, ...settings } = config.render;
  const chromium = settings.enabled ? memoizedChromiumVersion(browserExecutable, resolve('node_modules/.cache/dataset-cli')) : null;
  return sha256(canonicalJson({ settings, chromium }));
}
