// @ts-check
/**
 * Nx inference plugin: the Manim graph's targets, derived from its asset list (./assets.js) and from
 * data/manim/sources.json (or the file MANIM_CONFIG names) — `demo-parquet`, `combine`, `judge`, `render` and `validated`
 * of project `manim`, and one cached `clean` target per source entry, in a project of its own
 * (`manim-source-<name>`), so adding a source to the graph is adding an entry to that file. Every target's code inputs are the import closure
 * of the module it runs: Nx reruns inference plugins on every invocation, so a file a stage starts to
 * import is an input of its target at once, with no list to keep.
 *
 * Plain JavaScript on purpose: Nx loads plugins before any TypeScript loader is registered, and this
 * workspace has no swc-node/ts-node for it to fall back on (Node 20 cannot strip types itself).
 * The config's full validation (zod, every field) happens in @dataset/manim when the target runs; here
 * only what the graph needs is read, with errors that name the file and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { importGraph } from '../../cli/graph/imports.mjs';
import { ASSETS, CLEAN, moduleCode, PROJECT, TOOLS } from './assets.js';

/** What makes Nx run this plugin: the asset list, which is there wherever the sources config is. */
const REGISTRY = 'apps/manim/nx/assets.js';
/** Must equal DEFAULT_MANIM_CONFIG in libs/manim/src/config.ts (a test checks that they agree). */
export const DEFAULT_CONFIG = 'data/manim/sources.json';
const KINDS = ['jsonl-openai', 'jsonl-sharegpt', 'jsonl-flat', 'parquet', 'repo'];
const NAME = /^[a-z0-9][a-z0-9-]*$/;
const SOURCE_PROJECT_PREFIX = 'manim-source-';

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
  /** @type {Set<string>} */
  const seen = new Set();
  return sources.map((entry, index) => {
    const at = `sources[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw configError(file, at, 'expected an object');
    const { name, kind, path, producedBy } = /** @type {Record<string, unknown>} */ (entry);
    if (typeof name !== 'string' || !NAME.test(name)) throw configError(file, `${at}.name`, 'expected a kebab-case name');
    // Two entries of one name would be one project, the second silently replacing the first.
    if (seen.has(name)) throw configError(file, `${at}.name`, `duplicate source name "${name}"`);
    seen.add(name);
    if (typeof kind !== 'string' || !KINDS.includes(kind)) throw configError(file, `${at}.kind`, `expected one of ${KINDS.join(', ')}`);
    if (typeof path !== 'string' || path === '') throw configError(file, `${at}.path`, 'expected a path');
    if (producedBy !== undefined && typeof producedBy !== 'string') throw configError(file, `${at}.producedBy`, 'expected a target name');
    return { name, kind, path, producedBy };
  });
}

/**
 * The config's `allowedImports` (third-party packages a scene may import), which cleaning reads; null when
 * the config leaves it to the default.
 * @param {unknown} json
 * @param {string} file
 * @returns {string[] | null}
 */
export function readAllowedImports(json, file) {
  const allowed = /** @type {Record<string, unknown>} */ (json).allowedImports;
  if (allowed === undefined) return null;
  if (!Array.isArray(allowed) || !allowed.every((name) => typeof name === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))) {
    throw configError(file, 'allowedImports', 'expected a list of top-level package names (numpy, not numpy.linalg)');
  }
  return [...allowed].sort();
}

/**
 * The sources config the graph is made from: MANIM_CONFIG (relative to the workspace root) or the default,
 * the file the commands would read (resolveManimConfigPath in libs/manim/src/config.ts). Null when neither
 * is set nor there: a workspace without the Manim graph.
 * @param {string} workspaceRoot absolute
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null} absolute
 */
export function manimConfigPath(workspaceRoot, env = process.env) {
  const path = resolve(workspaceRoot, env['MANIM_CONFIG'] || DEFAULT_CONFIG);
  return env['MANIM_CONFIG'] || existsSync(path) ? path : null;
}

/**
 * A path as the graph spells it: workspace-relative (posix) inside the workspace, else null.
 * @param {string} absolute
 * @param {string} workspaceRoot absolute
 */
function workspacePath(absolute, workspaceRoot) {
  const inside = relative(workspaceRoot, absolute);
  return inside.startsWith('..') || isAbsolute(inside) ? null : inside.split(sep).join('/');
}

/**
 * A file or folder a target reads, as Nx inputs: file inputs inside the workspace (which `nx affected` sees
 * too); outside it, where Nx cannot glob, a runtime fingerprint of the files, so edits there still count.
 * @param {string} absolute
 * @param {string} workspaceRoot absolute
 * @param {boolean} folder
 * @returns {Input[]}
 */
function fileInputs(absolute, workspaceRoot, folder) {
  const inside = workspacePath(absolute, workspaceRoot);
  if (inside === null) return [{ runtime: `node apps/manim/nx/fingerprint.js ${shellWord(absolute)}` }];
  return [folder ? `{workspaceRoot}/${inside}/**/*` : `{workspaceRoot}/${inside}`];
}

/**
 * What a clean target reads of its source, as Nx inputs: the file, or every file of a repository folder;
 * written by another target, that target's outputs.
 * @param {SourceEntry} source
 * @param {string} configDir absolute
 * @param {string} workspaceRoot absolute
 * @returns {Input[]}
 */
export function sourceInputs(source, configDir, workspaceRoot) {
  if (source.producedBy) return [{ dependentTasksOutputFiles: '**/*.parquet', transitive: false }];
  return fileInputs(resolve(configDir, source.path), workspaceRoot, source.kind === 'repo');
}

/** A word the shell passes on as it is: bare when it is plainly safe, single-quoted otherwise. */
function shellWord(/** @type {string} */ word) {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * A module's code as Nx inputs: every file of its import closure, and the npm packages it loads.
 * @param {ReturnType<typeof moduleCode>} code
 * @returns {Input[]}
 */
function codeInputs(code) {
  return [...code.files.map((file) => `{workspaceRoot}/${file}`), { externalDependencies: code.packages }];
}

/** The project of a source's clean target. */
export function sourceProject(/** @type {string} */ name) {
  return `${SOURCE_PROJECT_PREFIX}${name}`;
}

/**
 * A source's clean target. Its command restates the whole entry the cleaner reads (name, kind, path, the
 * target that writes it) and the config's `allowedImports`: the cleaner reads nothing else of the config,
 * so the target's key is its own entry, the allow-list, its source's content, the cleaning code, the
 * Manim export list and the Python version, and nothing about other sources.
 * @param {SourceEntry} source
 * @param {string} configDir
 * @param {string} workspaceRoot
 * @param {string} outputDir workspace-relative
 * @param {ReturnType<typeof moduleCode>} code the cleaner's
 * @param {string[] | null} [allowedImports] the config's, null for the default
 * @returns {TargetConfiguration}
 */
export function cleanTarget(source, configDir, workspaceRoot, outputDir, code, allowedImports = null) {
  const out = `{workspaceRoot}/${outputDir}/${source.name}`;
  const path = resolve(configDir, source.path);
  const entry = [`--source ${source.name}`, `--kind ${source.kind}`, `--path ${shellWord(workspacePath(path, workspaceRoot) ?? path)}`];
  if (source.producedBy) entry.push(`--produced-by ${shellWord(source.producedBy)}`);
  entry.push(`--manim-exports ${CLEAN.manimExports}`);
  if (allowedImports !== null) entry.push(`--allowed-imports ${shellWord(allowedImports.join(','))}`);
  return {
    command: `tsx ${CLEAN.code} ${entry.join(' ')} --out ${outputDir}`,
    options: { cwd: '{workspaceRoot}' },
    cache: true,
    inputs: [
      ...sourceInputs(source, configDir, workspaceRoot),
      ...codeInputs(code),
      `{workspaceRoot}/${CLEAN.manimExports}`,
      ...CLEAN.env.map((env) => ({ env })),
      ...CLEAN.runtime.map((runtime) => ({ runtime })),
    ],
    outputs: [`${out}.parquet`, `${out}.rejections.jsonl`, `${out}.fixes.jsonl`, `${out}.summary.json`],
    dependsOn: source.producedBy ? [{ projects: [PROJECT], target: source.producedBy }] : [],
    metadata: { description: `Clean source "${source.name}" (${source.kind}) into ${outputDir}/${source.name}.parquet` },
  };
}

/**
 * One asset's target of project `manim`: what it runs, what it waits for, and every input its value can
 * depend on.
 * @param {import('./assets.js').ManimAsset} asset
 * @param {ReturnType<typeof moduleCode>} code its module's
 * @param {{ workspaceRoot: string, configPath: string, sourceProjects: string[] }} graph the sources config (absolute) and the sources' projects
 * @returns {TargetConfiguration}
 */
export function assetTarget(asset, code, { workspaceRoot, configPath, sourceProjects }) {
  /** @type {TargetConfiguration['dependsOn'] & object} */
  const dependsOn = (asset.upstream ?? []).map((target) => (target === 'clean' ? { projects: sourceProjects, target: 'clean' } : target));
  /** @type {Input[]} */
  const inputs = [
    ...codeInputs(code),
    ...(asset.files ?? []).map((file) => `{workspaceRoot}/${file}`),
    ...(asset.config ? fileInputs(configPath, workspaceRoot, false) : []),
    ...(asset.env ?? []).map((env) => ({ env })),
    ...(asset.runtime ?? []).map((runtime) => ({ runtime })),
    ...(dependsOn.length > 0 ? [{ dependentTasksOutputFiles: '**/*', transitive: false }] : []),
  ];
  return {
    // The config is named on the command line: the target reads the file the graph was made from.
    command: ['tsx', asset.code, ...(asset.args ?? []), ...(asset.config ? ['--config', shellWord(workspacePath(configPath, workspaceRoot) ?? configPath)] : [])].join(' '),
    options: { cwd: '{workspaceRoot}' },
    cache: true,
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
    inputs,
    outputs: asset.outputs.map((output) => `{workspaceRoot}/${output}`),
    metadata: { description: asset.description },
  };
}

/**
 * A tool target: runs its module every time (idempotent by itself), reads and writes nothing Nx tracks.
 * @param {{ name: string, description: string, code: string }} tool
 * @returns {TargetConfiguration}
 */
export function toolTarget(tool) {
  return { command: `tsx ${tool.code}`, options: { cwd: '{workspaceRoot}' }, cache: false, metadata: { description: tool.description } };
}

/**
 * Every project and target the plugin infers, by project root: project `manim`'s asset targets, and one
 * project per source holding its `clean` target. Apart because Nx hashes a project's whole configuration
 * (every target's name, command and outputs) into the key of each of its tasks: were the clean targets
 * all in `manim`, adding a source would rerun every other source's cleaning (and demo-parquet). A source's
 * project has a root of its own where no file lives, so it owns none.
 * @param {string} workspaceRoot absolute
 * @param {string} configPath absolute
 * @param {SourcesPluginOptions} [options]
 * @returns {Record<string, { name?: string, targets: Record<string, TargetConfiguration> }>}
 */
export function manimProjects(workspaceRoot, configPath, options) {
  const configFile = workspacePath(configPath, workspaceRoot) ?? configPath;
  let json;
  try {
    json = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (error) {
    throw new Error(`${configFile}: cannot read the Manim sources config (${/** @type {Error} */ (error).message})`);
  }
  const projectRoot = options?.project ?? 'apps/manim';
  const outputDir = options?.outputDir ?? 'dist/manim/sources';
  const imports = importGraph(workspaceRoot);
  const cleanCode = moduleCode(workspaceRoot, CLEAN.code, imports);
  const sources = readSourceEntries(json, configFile);
  const allowedImports = readAllowedImports(json, configFile);
  const graph = { workspaceRoot, configPath, sourceProjects: sources.map((source) => sourceProject(source.name)) };
  return {
    [projectRoot]: {
      targets: Object.fromEntries([
        ...ASSETS.map((asset) => [asset.name, assetTarget(asset, moduleCode(workspaceRoot, asset.code, imports), graph)]),
        ...TOOLS.map((tool) => [tool.name, toolTarget(tool)]),
      ]),
    },
    ...Object.fromEntries(
      sources.map((source) => [
        `${projectRoot}/sources/${source.name}`,
        { name: sourceProject(source.name), targets: { clean: cleanTarget(source, dirname(configPath), workspaceRoot, outputDir, cleanCode, allowedImports) } },
      ]),
    ),
  };
}

/** @type {import('nx/src/project-graph/plugins/public-api').CreateNodes<SourcesPluginOptions>} */
export const createNodes = [
  REGISTRY,
  (registries, options, context) => {
    const configPath = manimConfigPath(context.workspaceRoot);
    if (configPath === null) return [];
    return registries.map((registry) => /** @type {const} */ ([registry, { projects: manimProjects(context.workspaceRoot, configPath, options) }]));
  },
];

/** The name Nx 19–22 looks for; Nx 23 prefers `createNodes` (same signature). */
export const createNodesV2 = createNodes;
