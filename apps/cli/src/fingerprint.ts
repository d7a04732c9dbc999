import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalJson, sha256, type TemplateLocator } from '@dataset/domain';
import { seedFiles } from '@dataset/sources/embedded';
import type { DatasetConfig } from '@dataset/config';
import { loadPromptInputs, loadRawInputs, loadSplitInputs } from './inputs';

/**
 * Nx `runtime` inputs. Each prints a digest of the non-file state a stage reads (config fields, files a
 * config may name outside the workspace, database rows, the release folder), never paths or secrets,
 * so the same inputs give the same key on every machine.
 */
export async function fingerprint(stage: string, config: DatasetConfig): Promise<string> {
  switch (stage) {
    case 'raw': {
      const inputs = loadRawInputs(config);
      const { embeddedDatabase: _dir, ...rest } = inputs;
      return sha256(canonicalJson({ ...rest, database: await databaseState(config, inputs.templates) }));
    }
    case 'prompts': {
      const inputs = loadPromptInputs(config);
      return sha256(
        canonicalJson({
          metadata: inputs.metadata,
          curated: inputs.curated.map(({ templateId, text }) => ({ templateId, text })),
          overrides: inputs.overrides,
        }),
      );
    }
    case 'dedup':
      return sha256(canonicalJson(config.checks.dedup));
    case 'checks':
      return sha256(canonicalJson(config.checks));
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
    case 'splits':
      return sha256(canonicalJson(loadSplitInputs(config)));
    case 'release':
      return sha256(canonicalJson({ tag: config.tag, systemPrompt: config.systemPrompt }));
    default:
      throw new Error(`no fingerprint for stage "${stage}"`);
  }
}

async function databaseState(config: DatasetConfig, templates: readonly TemplateLocator[]): Promise<string> {
  if (!process.env['DATABASE_URL']) {
    // The embedded database is built from files: their bytes are its state, no need to start it.
    return sha256(seedFiles(config.embeddedDatabase).map((f) => sha256(readFileSync(f))).join('\n'));
  }
  // Loaded only here: the pg driver is most of a fingerprint's start-up, and only this branch needs it.
  const { dbIdsOf, fingerprintTemplateRows } = await import('@dataset/sources');
  const { openTemplateDatabase, tableRef } = await import('./database');
  try {
    const db = await openTemplateDatabase(config.embeddedDatabase);
    try {
      return await fingerprintTemplateRows(db.client, tableRef(config), dbIdsOf(templates));
    } finally {
      await db.close();
    }
  } catch {
    // An unreachable database must not become a cacheable key: make it unique so `raw` runs and reports it.
    return `unavailable-${process.pid}-${Date.now()}-${Math.random()}`;
  }
}
