// @ts-check
/**
 * Nx inference plugin: the targets of project `manim`, derived from the Manim asset graph (./assets.js) and
 * from data/manim/sources.json — one cached `clean-<source>` target per entry, so adding a source to the
 * graph is adding an entry to that file, and `demo-parquet`, `combine`, `judge` and `render`. Every
 * target's code inputs are the import closure of the module it runs: Nx reruns inference plugins on every
 * invocation, so a file a stage starts to import is an input of its target at once, with no list to keep.
 *
 * Plain JavaScript on purpose: Nx loads plugins before any TypeScript loader is registered, and this
 * workspace has no swc-node/ts-node for it to fall back on (Node 20 cannot strip types itself).
 * The config's full validation (zod, every field) happens in @dataset/manim when the target runs; here
 * only what the graph needs is read, with errors that name the file and field.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { importGraph } from '../../cli/graph/imports.mjs';
import { ASSETS, CLEAN, moduleCode } from './assets.js';

const CONFIG_PATTERN = 'data/manim/sources.json';
const KINDS = ['jsonl-openai', 'jsonl-sharegpt', 'jsonl-flat', 'parquet', 'repo'];
const NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * @typedef {{ project?: string, outputDir?: string }} SourcesPluginOptions
 * @typedef {{ name: string, kind: string, path: string, producedBy?: string }} SourceEntry
 * @typedef {import('nx/src/config/workspace-json-project-json').TargetConfiguration} TargetConfiguration
 * @typedef {import('nx/src/config/workspace-json-project-json').InputDefinition | string} Input
 */

/**
 * @param {string} file
 * @param {string} field
 * @param {string} detail
 */
function configError(file, field, detail) {
  return new Error(`${file} (field ${field}): ${detail}`);
}

/**
 * @param {unknown} json
 * @param {string} file
 * @returns {SourceEntry[]}
 */
export function readSourceEntries(json, file) {
  if (typeof json !== 'object' || json === null || !Array.isArray(/** @type {any} */ (json).sources)) {
    throw configError(file, 'sources', 'expected a list of sources');
  }
  /** @type {unknown[]} */
  const sources = /** @type {any} */ (json).sources;
  return sources.map((entry, index) => {
    const at = `sources[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw configError(file, at, 'expected an object');
    const { name, kind, path, producedBy } = /** @type {Record<string, unknown>} */ (entry);
    if (typeof name !== 'string' || !NAME.test(name)) throw configError(file, `${at}.name`, 'expected a kebab-case name');
    if (typeof kind !== 'string' || !KINDS.includes(kind)) throw configError(file, `${at}.kind`, `expected one of ${KINDS.join(', ')}`);
    if (typeof path !== 'string' || path === '') throw configError(file, `${at}.path`, 'expected a path');
    if (producedBy !== undefined && typeof producedBy !== 'string') throw configError(file, `${at}.producedBy`, 'expected a target name');
    return { name, kind, path, producedBy };
  });
}

/**
 * What a clean target reads of its source, as Nx inputs. Inside the workspace: the file, or every file
 * of a repository folder. Written by another target: that target's outputs. Outside the workspace (Nx
 * cannot glob there): a runtime fingerprint of the files, so edits there still invalidate the cache.
 * @param {SourceEntry} source
 * @param {string} configDir absolute
 * @param {string} workspaceRoot absolute
 * @returns {(string | import('nx/src/config/workspace-json-project-json').InputDefinition)[]}
 */
export function sourceInputs(source, configDir, workspaceRoot) {
  if (source.producedBy) return [{ dependentTasksOutputFiles: '**/*.parquet', transitive: false }];
  const absolute = isAbsolute(source.path) ? source.path : resolve(configDir, source.path);
  const inWorkspace = relative(workspaceRoot, absolute);
  if (inWorkspace.startsWith('..') || isAbsolute(inWorkspace)) {
    return [{ runtime: `node apps/manim/nx/fingerprint.js ${JSON.stringify(absolute)}` }];
  }
  const posix = inWorkspace.split(sep).join('/');
  return [source.kind === 'repo' ? `{workspaceRoot}/${posix}/**/*` : `{workspaceRoot}/${posix}`];
}

/**
 * A module's code as Nx inputs: every file of its import closure, and the npm packages it loads.
 * @param {ReturnType<typeof moduleCode>} code
 * @returns {Input[]}
 */
function codeInputs(code) {
  return [...code.files.map((file) => `{workspaceRoot}/${file}`), { externalDependencies: code.packages }];
}

/**
 * @param {SourceEntry} source
 * @param {string} configDir
 * @param {string} workspaceRoot
 * @param {string} outputDir workspace-relative
 * @param {ReturnType<typeof moduleCode>} code the cleaner's
 * @returns {TargetConfiguration}
 */
export function cleanTarget(source, configDir, workspaceRoot, outputDir, code) {
  const out = `{workspaceRoot}/${outputDir}/${source.name}`;
  return {
    // --kind is restated so that changing a source's kind changes the target (and so its cache key).
    command: `tsx ${CLEAN.code} --source ${source.name} --kind ${source.kind} --out ${outputDir}`,
    options: { cwd: '{workspaceRoot}' },
    cache: true,
    // Not the config file itself: what the cleaner uses of it is in this target already, so editing the
    // seed, the prompt or another source's priority leaves every clean target cached.
    inputs: [
      ...sourceInputs(source, configDir, workspaceRoot),
      ...codeInputs(code),
      ...CLEAN.env.map((env) => ({ env })),
      ...CLEAN.runtime.map((runtime) => ({ runtime })),
    ],
    outputs: [`${out}.parquet`, `${out}.rejections.jsonl`, `${out}.fixes.jsonl`, `${out}.summary.json`],
    dependsOn: source.producedBy ? [source.producedBy] : [],
    metadata: { description: `Clean source "${source.name}" (${source.kind}) into ${outputDir}/${source.name}.parquet` },
  };
}

/**
 * One asset's target of project `manim`: what it runs, what it waits for, and every input its value can
 * depend on.
 * @param {import('./assets.js').ManimAsset} asset
 * @param {ReturnType<typeof moduleCode>} code its module's
 * @param {{ configFile: string, cleanTargets: string[] }} graph the config's path (workspace-relative) and the clean targets it makes
 * @returns {TargetConfiguration}
 */
export function assetTarget(asset, code, { configFile, cleanTargets }) {
  const upstream = (asset.upstream ?? []).flatMap((target) => (target === 'clean' ? cleanTargets : [target]));
  /** @type {Input[]} */
  const inputs = [
    ...codeInputs(code),
    ...(asset.files ?? []).map((file) => `{workspaceRoot}/${file}`),
    ...(asset.config ? [`{workspaceRoot}/${configFile}`] : []),
    ...(asset.env ?? []).map((env) => ({ env })),
    ...(asset.runtime ?? []).map((runtime) => ({ runtime })),
    ...(upstream.length > 0 ? [{ dependentTasksOutputFiles: '**/*', transitive: false }] : []),
  ];
  return {
    command: ['tsx', asset.code, ...(asset.args ?? [])].join(' '),
    options: { cwd: '{workspaceRoot}' },
    cache: true,
    ...(upstream.length > 0 ? { dependsOn: upstream } : {}),
    inputs,
    outputs: asset.outputs.map((output) => `{workspaceRoot}/${output}`),
    metadata: { description: asset.description },
  };
}

/**
 * Every target the plugin infers for project `manim`, from the config at `configFile`.
 * @param {string} workspaceRoot absolute
 * @param {string} configFile workspace-relative
 * @param {SourcesPluginOptions} [options]
 * @returns {Record<string, TargetConfiguration>}
 */
export function manimTargets(workspaceRoot, configFile, options) {
  const absolute = join(workspaceRoot, configFile);
  let json;
  try {
    json = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new Error(`${configFile}: cannot read the Manim sources config (${/** @type {Error} */ (error).message})`);
  }
  const outputDir = options?.outputDir ?? 'dist/manim/sources';
  const imports = importGraph(workspaceRoot);
  const cleanCode = moduleCode(workspaceRoot, CLEAN.code, imports);
  const cleans = Object.fromEntries(
    readSourceEntries(json, configFile).map((source) => [`clean-${source.name}`, cleanTarget(source, dirname(absolute), workspaceRoot, outputDir, cleanCode)]),
  );
  const graph = { configFile, cleanTargets: Object.keys(cleans) };
  const assets = Object.fromEntries(ASSETS.map((asset) => [asset.name, assetTarget(asset, moduleCode(workspaceRoot, asset.code, imports), graph)]));
  return { ...cleans, ...assets };
}

/** @type {import('nx/src/project-graph/plugins/public-api').CreateNodes<SourcesPluginOptions>} */
export const createNodes = [
  CONFIG_PATTERN,
  (configFiles, options, context) =>
    configFiles.map((configFile) => {
      const targets = manimTargets(context.workspaceRoot, configFile, options);
      return /** @type {const} */ ([configFile, { projects: { [options?.project ?? 'apps/manim']: { targets } } }]);
    }),
];

/** The name Nx 19–22 looks for; Nx 23 prefers `createNodes` (same signature). */
export const createNodesV2 = createNodes;
