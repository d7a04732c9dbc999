// @ts-check
/**
 * Nx inference plugin: one cached `clean-<source>` target of project `manim` per entry of
 * data/manim/sources.json, so adding a source to the graph is adding an entry to that file.
 *
 * Plain JavaScript on purpose: Nx loads plugins before any TypeScript loader is registered, and this
 * workspace has no swc-node/ts-node for it to fall back on (Node 20 cannot strip types itself).
 * The config's full validation (zod, every field) happens in @dataset/manim when the target runs; here
 * only what the graph needs is read, with errors that name the file and field.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const CONFIG_PATTERN = 'data/manim/sources.json';
const KINDS = ['jsonl-openai', 'jsonl-sharegpt', 'jsonl-flat', 'parquet', 'repo'];
const NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * @typedef {{ project?: string, outputDir?: string }} SourcesPluginOptions
 * @typedef {{ name: string, kind: string, path: string, producedBy?: string }} SourceEntry
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
 * @param {SourceEntry} source
 * @param {string} configDir
 * @param {string} workspaceRoot
 * @param {string} outputDir workspace-relative
 * @returns {import('nx/src/config/workspace-json-project-json').TargetConfiguration}
 */
export function cleanTarget(source, configDir, workspaceRoot, outputDir) {
  const out = `{workspaceRoot}/${outputDir}/${source.name}`;
  return {
    // --kind is restated so that changing a source's kind changes the target (and so its cache key).
    command: `tsx apps/manim/src/clean.ts --source ${source.name} --kind ${source.kind} --out ${outputDir}`,
    options: { cwd: '{workspaceRoot}' },
    cache: true,
    // Not the config file itself: what the cleaner uses of it is in this target already, so editing the
    // seed, the prompt or another source's priority leaves every clean target cached.
    inputs: [
      ...sourceInputs(source, configDir, workspaceRoot),
      'cleanLogic',
      { env: 'MANIM_PYTHON' },
      { runtime: '"${MANIM_PYTHON:-python3}" --version 2>&1 || echo python3-missing' },
    ],
    outputs: [`${out}.parquet`, `${out}.rejections.jsonl`, `${out}.fixes.jsonl`, `${out}.summary.json`],
    dependsOn: source.producedBy ? [source.producedBy] : [],
    metadata: { description: `Clean source "${source.name}" (${source.kind}) into ${outputDir}/${source.name}.parquet` },
  };
}

/** @type {import('nx/src/project-graph/plugins/public-api').CreateNodes<SourcesPluginOptions>} */
export const createNodes = [
  CONFIG_PATTERN,
  (configFiles, options, context) =>
    configFiles.map((configFile) => {
      const absolute = join(context.workspaceRoot, configFile);
      let json;
      try {
        json = JSON.parse(readFileSync(absolute, 'utf8'));
      } catch (error) {
        throw new Error(`${configFile}: cannot read the Manim sources config (${/** @type {Error} */ (error).message})`);
      }
      const outputDir = options?.outputDir ?? 'dist/manim/sources';
      const targets = Object.fromEntries(
        readSourceEntries(json, configFile).map((source) => [`clean-${source.name}`, cleanTarget(source, dirname(absolute), context.workspaceRoot, outputDir)]),
      );
      return /** @type {const} */ ([configFile, { projects: { [options?.project ?? 'apps/manim']: { targets } } }]);
    }),
];

/** The name Nx 19–22 looks for; Nx 23 prefers `createNodes` (same signature). */
export const createNodesV2 = createNodes;
