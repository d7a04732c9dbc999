import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { canonicalJson, sha256 } from '@dataset/domain';
import { remembered } from '@dataset/partitions';
import { seedFiles } from '@dataset/sources/embedded';
import type { DatasetConfig } from '@dataset/config';
import { partitionStore, stageVersion } from './partitions';
import { loadPromptInputs, loadRawMetadata, loadRawSources } from './inputs';

/**
 * Nx `runtime` inputs of the stages that read more than config fields (those use bin/config-fingerprint.mjs).
 * Each prints a digest of the non-file state a stage reads (config fields, files a config may name outside
 * the workspace, database rows, the browser's version), never paths or secrets, so the same inputs give
 * the same key on every machine.
 */
export async function fingerprint(stage: string, config: DatasetConfig): Promise<string> {
  switch (stage) {
    case 'raw': {
      // What loadRawInputs returns, the metadata's part as a digest of its own (remembered by the file's bytes).
      const { embeddedDatabase: _dir, ...sources } = loadRawSources(config);
      const metadata = rememberedDigest('raw', [config.metadata], () => sha256(canonicalJson(loadRawMetadata(config))));
      return sha256(canonicalJson({ ...sources, metadata, database: await databaseState(config) }));
    }
    case 'prompts':
      return rememberedDigest('prompts', [config.metadata, ...config.curatedPrompts, config.promptOverrides], () => {
        const inputs = loadPromptInputs(config);
        return sha256(
          canonicalJson({
            metadata: inputs.metadata,
            curated: inputs.curated.map(({ templateId, text }) => ({ templateId, text })),
            overrides: inputs.overrides,
            ignoredFields: inputs.ignoredFields,
          }),
        );
      });
    case 'rendered': {
      // The render settings and the browser's version: a Chromium upgrade re-renders (with rendering on; off,
      // the stage never asks the browser). Where Chromium lives and how many browsers run at once do not
      // change a render, so they are left out.
      // The subpath, not the package: the fingerprint bundle must not pull in the bundler and renderer.
      const { memoizedChromiumVersion } = await import('@dataset/render/version');
      const { browserExecutable, concurrency: _concurrency, ...settings } = config.render;
      const chromium = settings.enabled ? memoizedChromiumVersion(browserExecutable, resolve('node_modules/.cache/dataset-cli')) : null;
      return sha256(canonicalJson({ settings, chromium }));
    }
    default:
      throw new Error(`no fingerprint for stage "${stage}"`);
  }
}

/**
 * The digest `compute` derives from `files`, remembered by their bytes and the code that reads them: parsing
 * and validating the metadata (14 MB at 10,000 templates) was most of a fingerprint's time, on every build,
 * cached or not. A file that is not there is left to `compute`, which reports it.
 */
function rememberedDigest(use: string, files: readonly (string | null)[], compute: () => string): string {
  const contents = files.map((file) => (file === null ? null : existsSync(file) ? sha256(readFileSync(file)) : undefined));
  if (contents.includes(undefined)) return compute();
  return remembered(partitionStore('fingerprints'), stageVersion('fingerprints'), { use, files, contents }, compute);
}

async function databaseState(config: DatasetConfig): Promise<string> {
  if (!process.env['DATABASE_URL']) {
    // The embedded database is built from files: their bytes are its state, no need to start it.
    // A code file that is not there is `raw`'s to report (naming its row), not a reason to fail hashing.
    return sha256(seedFiles(config.embeddedDatabase).map((f) => (existsSync(f) ? sha256(readFileSync(f)) : `missing ${basename(f)}`)).join('\n'));
  }
  // Loaded only here: the pg driver is most of a fingerprint's start-up, and only this branch needs it.
  const { dbIdsOf, fingerprintTemplateRows } = await import('@dataset/sources');
  const { openTemplateDatabase, tableRef } = await import('./database');
  try {
    const db = await openTemplateDatabase(config.embeddedDatabase);
    try {
      return await fingerprintTemplateRows(db.client, tableRef(config), dbIdsOf(loadRawMetadata(config).templates));
    } finally {
      await db.close();
    }
  } catch {
    // An unreachable database must not become a cacheable key: make it unique so `raw` runs and reports it.
    return `unavailable-${process.pid}-${Date.now()}-${Math.random()}`;
  }
}
