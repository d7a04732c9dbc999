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
 * @property {string[]} [configFiles]  config fields naming files or folders it reads: those inside the workspace
 *   are file inputs too, so `nx affected` sees a data-only commit (a runtime input is invisible to it)
 * @property {string[]} [env]  environment variables it reads, beyond DATASET_CONFIG
 * @property {boolean} [cache]  false for a side effect (publishing) or a printout
 * @property {string} reads  what it reads, for the README's table
 * @property {string} writes  what it writes, for the README's table
 */

/** @type {AssetDefinition[]} */
export const ASSETS = [
  {
    name: 'raw',
    description: 'The template rows the metadata names, with overrides and registry modules filled in',
    upstream: [],
    code: 'apps/cli/src/stages/raw.ts',
    outside: 'raw',
    // Not the metadata: `raw` reads only ids, sources and durations of it, which its runtime fingerprint
    // hashes, so editing a description must not rerun it. A metadata-only commit still selects the build
    // through `prompts`, and `nx affected` runs a selected task's dependencies, each by its own hash.
    configFiles: ['overrides', 'registry', 'embeddedDatabase'],
    // The early secret scan (checks.secrets.scanEarly) and the rule overrides and waivers it applies.
    config: ['checks.secrets', 'checks.rules', 'checks.waivers'],
    env: ['DATABASE_URL'],
    reads: "metadata ids/sources/durations, the DB rows they name (one `WHERE id = ANY($1)` query in a READ ONLY transaction), `overrides/<templateId>.tsx`, registry modules, `maxCodeBytes`, `checks.secrets` (with the rules and waivers it applies)",
    writes: "`raw/templates.jsonl` (`RawTemplate`, secrets redacted or refused under `scanEarly`), `raw/manifest.json` (missing and refused templates, ignored fields), `secrets.json` (what the early scan found)",
  },
  {
    name: 'sanitized',
    description: 'Every raw template through the AST sanitizer; failures are recorded rejections',
    upstream: ['raw'],
    code: 'apps/cli/src/stages/sanitized.ts',
    reads: "`raw` only",
    writes: "`sanitized/scenes.jsonl` (`SanitizedScene`, with the fixes applied), `summary.json` (rejections with stable codes)",
  },
  {
    name: 'rendered',
    description: 'Sanitized scenes rendered in Chromium at sampled frames; thumbnails',
    upstream: ['sanitized'],
    code: 'apps/cli/src/stages/rendered.ts',
    outside: 'rendered',
    reads: "`sanitized`, `render` settings, Chromium's version",
    writes: "`rendered/scenes.jsonl` (the scenes that render), `rejections.jsonl`, `thumbnails/`, `summary.json`, `timings.tsv`",
  },
  {
    name: 'prompts',
    description: 'Briefs per template from metadata, curated prompts and overrides (never from code)',
    upstream: [],
    code: 'apps/cli/src/stages/prompts.ts',
    outside: 'prompts',
    configFiles: ['metadata', 'curatedPrompts', 'promptOverrides'],
    config: ['checks.secrets', 'checks.rules', 'checks.waivers'],
    reads: "metadata, curated prompt JSONL files, `overrides.json` — never code; `checks.secrets` (with the rules and waivers it applies)",
    writes: "`prompts/variants.jsonl` (`PromptVariant`, secrets redacted or refused under `scanEarly`), `dropped.json`, `ignored-fields.json`, `secrets.json` (what the early scan found)",
  },
  {
    name: 'dedup',
    description: 'Exact and near-duplicate groups of the normalized code',
    upstream: ['rendered'],
    upstreamFiles: '**/*.jsonl',
    code: 'apps/cli/src/stages/dedup.ts',
    config: ['checks.dedup'],
    reads: "`rendered`, `checks.dedup` settings",
    writes: "`dedup/normalized.jsonl` (code in dedup normal form), `groups.json` (exact, near-duplicate and split groups)",
  },
  {
    name: 'splits',
    description: 'Chat examples for kept scenes × briefs, assigned to splits by duplicate group',
    upstream: ['sanitized', 'rendered', 'prompts', 'dedup'],
    upstreamFiles: '**/*.{json,jsonl}',
    code: 'apps/cli/src/stages/splits.ts',
    config: ['seed', 'systemPrompt'],
    reads: "`sanitized`, `rendered`, `prompts`, `dedup`, seed, system prompt",
    writes: "`splits/{train,validation,test}.jsonl` (`ChatExample` with meta), `assignments.jsonl` (`SplitAssignment`), `summary.json`",
  },
  {
    name: 'checks',
    description: 'Every quality gate over the candidate release',
    upstream: ['splits', 'dedup', 'rendered', 'prompts', 'raw'],
    upstreamFiles: '**/*.{json,jsonl}',
    code: 'apps/cli/src/stages/checks.ts',
    config: ['checks'],
    reads: "`splits`, `dedup`, `rendered`, `prompts`, `raw`'s and `prompts`' early secret scans, `checks` settings",
    writes: "`checks/report.json` (every finding), `report-body.json`",
  },
  {
    name: 'release',
    description: 'The complete release folder: upload files, meta, stats, card, report, thumbnails',
    upstream: ['checks', 'splits', 'rendered'],
    upstreamFiles: '**/*.{json,jsonl,png}',
    code: 'apps/cli/src/stages/release.ts',
    config: ['tag', 'systemPrompt'],
    reads: "`checks`, `splits`, `rendered`, tag, system prompt",
    writes: "the release: `{train,validation,test}.jsonl` (messages only, upload-ready), `*.meta.jsonl` (line-aligned meta), `stats.json`, `checks.json`, `README.md` (dataset card), `report.html`, `thumbnails/`; refuses on an error-level finding",
  },
  {
    name: 'upload',
    description: 'Publishes the release under <releaseDir>/<tag>, or says which identical release exists',
    upstream: ['release'],
    code: 'apps/cli/src/stages/upload.ts',
    cache: false,
    reads: "`release`, the release folder",
    writes: "publishes `release` to `<releaseDir>/<tag>/`, or says which existing release it equals and writes nothing",
  },
  {
    name: 'preview',
    description: 'Prints a few examples as the release would hold them, and the findings; writes nothing',
    upstream: ['checks', 'splits'],
    code: 'apps/cli/src/stages/preview.ts',
    cache: false,
    reads: "`checks`, `splits`",
    writes: "nothing: prints a few examples as the release would hold them, the findings, and whether it would be published",
  },
];

/** What every stage process runs through: the CLI's dispatcher (its static imports only) and launcher. */
const CLI = [{ file: 'apps/cli/src/main.ts', dynamic: false }];
const CLI_FILES = ['apps/cli/bin/dataset.mjs', 'apps/cli/bin/bundle.mjs'];
/** The fingerprint command's dispatch, then the one stage's fingerprint module. */
const FINGERPRINT = [
  { file: 'apps/cli/src/fingerprint-main.ts', dynamic: false },
  { file: 'apps/cli/src/fingerprint.ts', dynamic: false },
];
/** @param {string} kind */
const fingerprintModule = (kind) => `apps/cli/src/fingerprints/${kind}.ts`;
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
  'fingerprint-raw': [fingerprintModule('raw')],
  'fingerprint-prompts': [fingerprintModule('prompts')],
  // The secret scan results `raw` remembers: hits (offsets, kinds) of one text.
  'secret-scan': ['libs/checks/src/secrets.ts'],
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
  const fingerprint = asset.outside ? graph.closure([...FINGERPRINT, { file: fingerprintModule(asset.outside) }]) : { files: [], packages: [] };
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

/**
 * Whether a file of an upstream asset is among those an asset declares it reads (`upstreamFiles`). The
 * globs here are `**` + `/*`, `**` + `/*.ext` or `**` + `/*.{ext,ext}`: by extension, at any depth.
 * @param {AssetDefinition} asset
 * @param {string} file path inside the upstream asset's folder
 */
export function readsUpstreamFile(asset, file) {
  const glob = asset.upstreamFiles ?? '**/*';
  if (glob === '**/*') return true;
  const match = /^\*\*\/\*\.(?:\{([\w,]+)\}|(\w+))$/.exec(glob);
  if (!match) throw new Error(`asset ${asset.name}: upstreamFiles "${glob}" is not **/*, **/*.ext or **/*.{ext,…}`);
  const extensions = (match[1] ?? match[2] ?? '').split(',');
  return extensions.some((ext) => file.endsWith(`.${ext}`));
}

/** Where an asset is materialized (its Nx outputs). */
export function assetOutput(/** @type {string} */ name) {
  return join('dist/assets', name);
}
