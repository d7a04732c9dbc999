// @ts-check
/**
 * The asset graph, defined once. Each asset names its upstream assets, the module whose code materializes
 * it, what it reads from outside the workspace (config fields, files the config names, database rows,
 * Chromium), and which of its upstream files it reads. Everything else is derived from this list:
 * the Nx targets (by the inference plugin in ../nx/assets-plugin.mjs: `dependsOn`, outputs, runtime
 * inputs, and code inputs from the import graph of the asset's module), the keys of the per-item records
 * inside a stage (partitions.ts), and the CLI bundle's key (bin/bundle.mjs).
 *
 * Plain JavaScript on purpose: Nx loads plugins before any TypeScript loader is registered.
 */
import { join } from 'node:path';
import { importGraph } from './imports.mjs';

/**
 * @typedef {object} AssetDefinition
 * @property {string} name  the Nx target and the folder under dist/assets
 * @property {string} description
 * @property {string[]} upstream  assets whose outputs it reads
 * @property {string} [upstreamFiles]  which of their files it reads (a glob; all by default)
 * @property {string} code  the module of its stage, workspace-relative
 * @property {'raw' | 'prompts' | 'rendered'} [outside]  reads files or rows outside the workspace: hashed by `fingerprint.mjs <outside>`
 * @property {string[]} [config]  dataset config fields it reads (dotted paths): hashed by `config-fingerprint.mjs`
 * @property {string[]} [env]  environment variables it reads, beyond DATASET_CONFIG
 * @property {boolean} [cache]  false for a side effect (publishing) or a printout
 */

/** @type {AssetDefinition[]} */
export const ASSETS = [
  {
    name: 'raw',
    description: 'The template rows the metadata names, with overrides and registry modules filled in',
    upstream: [],
    code: 'apps/cli/src/stages/raw.ts',
    outside: 'raw',
    env: ['DATABASE_URL'],
  },
  {
    name: 'sanitized',
    description: 'Every raw template through the AST sanitizer; failures are recorded rejections',
    upstream: ['raw'],
    code: 'apps/cli/src/stages/sanitized.ts',
  },
  {
    name: 'rendered',
    description: 'Sanitized scenes rendered in Chromium at sampled frames; thumbnails',
    upstream: ['sanitized'],
    code: 'apps/cli/src/stages/rendered.ts',
    outside: 'rendered',
  },
  {
    name: 'prompts',
    description: 'Briefs per template from metadata, curated prompts and overrides (never from code)',
    upstream: [],
    code: 'apps/cli/src/stages/prompts.ts',
    outside: 'prompts',
  },
  {
    name: 'dedup',
    description: 'Exact and near-duplicate groups of the normalized code',
    upstream: ['rendered'],
    upstreamFiles: '**/*.jsonl',
    code: 'apps/cli/src/stages/dedup.ts',
    config: ['checks.dedup'],
  },
  {
    name: 'splits',
    description: 'Chat examples for kept scenes × briefs, assigned to splits by duplicate group',
    upstream: ['sanitized', 'rendered', 'prompts', 'dedup'],
    upstreamFiles: '**/*.{json,jsonl}',
    code: 'apps/cli/src/stages/splits.ts',
    config: ['seed', 'systemPrompt'],
  },
  {
    name: 'checks',
    description: 'Every quality gate over the candidate release',
    upstream: ['splits', 'dedup', 'rendered', 'prompts'],
    upstreamFiles: '**/*.{json,jsonl}',
    code: 'apps/cli/src/stages/checks.ts',
    config: ['checks'],
  },
  {
    name: 'release',
    description: 'The complete release folder: upload files, meta, stats, card, report, thumbnails',
    upstream: ['checks', 'splits', 'rendered'],
    upstreamFiles: '**/*.{json,jsonl,png}',
    code: 'apps/cli/src/stages/release.ts',
    config: ['tag', 'systemPrompt'],
  },
  {
    name: 'upload',
    description: 'Publishes the release under <releaseDir>/<tag>, or says which identical release exists',
    upstream: ['release'],
    code: 'apps/cli/src/stages/upload.ts',
    cache: false,
  },
  {
    name: 'preview',
    description: 'Prints a few examples as the release would hold them, and the findings; writes nothing',
    upstream: ['checks'],
    code: 'apps/cli/src/stages/preview.ts',
    cache: false,
  },
];

/** What every stage process runs through: the CLI's dispatcher (its static imports only) and launcher. */
const CLI = [{ file: 'apps/cli/src/main.ts', dynamic: false }];
const CLI_FILES = ['apps/cli/bin/dataset.mjs', 'apps/cli/bin/bundle.mjs'];
const FINGERPRINT = [{ file: 'apps/cli/src/fingerprint-main.ts' }];
const FINGERPRINT_FILES = ['apps/cli/bin/fingerprint.mjs', 'apps/cli/bin/bundle.mjs'];
/** Read by every bundle build (compiler settings) and by every package version. */
const ALWAYS = ['tsconfig.base.json'];

/**
 * Code that per-item records inside a stage depend on, beyond the stage's whole code: a narrower key
 * keeps a record valid across changes that cannot affect it.
 * @type {Record<string, string[]>}
 */
export const MEMO_CODE = {
  // Prettier's output for a printed module: the sanitizer's formatting step alone.
  'sanitized-format': ['libs/sanitize/src/formatting.ts'],
  // What reads and parses the files the runtime fingerprints of `raw` and `prompts` hash.
  fingerprints: ['apps/cli/src/fingerprint-main.ts'],
};

/** @param {string} name */
export function assetNamed(name) {
  const asset = ASSETS.find((a) => a.name === name);
  if (!asset) throw new Error(`no asset "${name}" in apps/cli/graph/assets.mjs (assets: ${ASSETS.map((a) => a.name).join(', ')})`);
  return asset;
}

/**
 * Every workspace file and npm package an asset's value can depend on through code: its stage's import
 * closure, the CLI around it, and the fingerprint code of its outside inputs.
 * @param {string} root absolute workspace root
 * @param {AssetDefinition} asset
 * @param {ReturnType<typeof importGraph>} [graph]
 */
export function assetCode(root, asset, graph = importGraph(root)) {
  const stage = graph.closure([...CLI, { file: asset.code }]);
  const fingerprint = asset.outside ? graph.closure(FINGERPRINT) : { files: [], packages: [] };
  const configFingerprint = asset.config ? ['apps/cli/bin/config-fingerprint.mjs'] : [];
  const files = new Set([...ALWAYS, ...CLI_FILES, ...stage.files, ...(asset.outside ? FINGERPRINT_FILES : []), ...fingerprint.files, ...configFingerprint]);
  return { files: [...files].sort(), packages: [...new Set([...stage.packages, ...fingerprint.packages])].sort() };
}

/**
 * The code a memo inside a stage is keyed by: an asset's code, or a narrower named part (MEMO_CODE).
 * @param {string} root
 * @param {string} name
 */
export function memoCode(root, name) {
  const entries = MEMO_CODE[name];
  if (entries) {
    const closure = importGraph(root).closure(entries.map((file) => ({ file })));
    return { files: [...ALWAYS, ...closure.files].sort(), packages: closure.packages };
  }
  return assetCode(root, assetNamed(name));
}

/** Where an asset is materialized (its Nx outputs). */
export function assetOutput(/** @type {string} */ name) {
  return join('dist/assets', name);
}
