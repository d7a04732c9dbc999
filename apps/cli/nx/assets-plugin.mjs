// @ts-check
/**
 * Nx inference plugin: the `dataset` project's asset targets, built from the one definition of the graph
 * (apps/cli/graph/assets.mjs). Nx reruns inference plugins on every invocation (its daemon, on every file
 * change), so a file a stage starts to import is a code input of that stage's target the moment the import
 * is written: no list to keep in step by hand.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { assetCode, assetOutput, ASSETS } from '../graph/assets.mjs';
import { importGraph } from '../graph/imports.mjs';

const REGISTRY = 'apps/cli/graph/assets.mjs';

/**
 * @typedef {import('nx/src/config/workspace-json-project-json').TargetConfiguration} TargetConfiguration
 * @typedef {import('nx/src/config/workspace-json-project-json').InputDefinition | string} Input
 */

/** Must equal DEFAULT_CONFIG_PATH in libs/config (bin/config-fingerprint.mjs holds the same). */
const DEFAULT_CONFIG_PATH = 'data/dataset.config.json';

/**
 * The dataset config's path and parsed JSON, or null when it cannot be read (the stage reports that).
 * @param {string} root
 */
function readDatasetConfig(root) {
  const path = resolve(root, process.env['DATASET_CONFIG'] || DEFAULT_CONFIG_PATH);
  try {
    return { path, json: /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync(path, 'utf8'))) };
  } catch {
    return null;
  }
}

/**
 * File inputs for what an asset reads through the config: the config file itself when it reads config
 * fields, and the files and folders its `configFiles` fields name, when they are inside the workspace. Redundant with
 * the runtime fingerprints for the cache key, which also cover files outside the workspace and database rows,
 * but a runtime input is invisible to `nx affected`: these make a data-only commit select the assets it touches.
 * @param {string} root
 * @param {import('../graph/assets.mjs').AssetDefinition} asset
 * @param {ReturnType<typeof readDatasetConfig>} config
 * @returns {string[]}
 */
function configInputs(root, asset, config) {
  if (!config || (!asset.config && !asset.configFiles)) return [];
  const inWorkspace = (/** @type {string} */ path) => {
    const rel = relative(root, path);
    return rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep).join('/');
  };
  const named = (asset.configFiles ?? []).flatMap((field) => {
    const value = config.json[field] ?? (field === 'embeddedDatabase' ? 'db' : undefined);
    return (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
  });
  const paths = [...(asset.config ? [config.path] : []), ...named.map((p) => resolve(dirname(config.path), /** @type {string} */ (p)))];
  const inputs = paths.flatMap((path) => {
    const rel = inWorkspace(path);
    if (rel === null) return [];
    const folder = existsSync(path) && statSync(path).isDirectory();
    return [`{workspaceRoot}/${rel}${folder ? '/**/*' : ''}`];
  });
  return [...new Set(inputs)];
}

/**
 * One asset's target: what it runs, what it waits for, and every input its value can depend on.
 * @param {string} root
 * @param {import('../graph/assets.mjs').AssetDefinition} asset
 * @param {ReturnType<typeof importGraph>} graph
 * @param {ReturnType<typeof readDatasetConfig>} [config]
 * @returns {TargetConfiguration}
 */
export function assetTarget(root, asset, graph, config = readDatasetConfig(root)) {
  const code = assetCode(root, asset, graph);
  /** @type {Input[]} */
  const inputs = [
    ...code.files.map((file) => `{workspaceRoot}/${file}`),
    ...configInputs(root, asset, config),
    { externalDependencies: code.packages },
    { env: 'DATASET_CONFIG' },
    ...(asset.env ?? []).map((env) => ({ env })),
  ];
  if (asset.outside) inputs.push({ runtime: `node apps/cli/bin/fingerprint.mjs ${asset.outside}` });
  if (asset.config) inputs.push({ runtime: `node apps/cli/bin/config-fingerprint.mjs ${asset.config.join(' ')}` });
  if (asset.upstream.length > 0) inputs.push({ dependentTasksOutputFiles: asset.upstreamFiles ?? '**/*', transitive: false });
  const cached = asset.cache !== false;
  return {
    command: `node apps/cli/bin/dataset.mjs ${asset.name}`,
    options: { cwd: '{workspaceRoot}' },
    cache: cached,
    ...(asset.upstream.length > 0 ? { dependsOn: [...asset.upstream] } : {}),
    ...(cached ? { inputs, outputs: [`{workspaceRoot}/${assetOutput(asset.name)}`] } : {}),
    metadata: { description: asset.description },
  };
}

/**
 * @param {string} root
 * @returns {Record<string, TargetConfiguration>}
 */
export function assetTargets(root) {
  const graph = importGraph(root);
  const config = readDatasetConfig(root);
  return Object.fromEntries(ASSETS.map((asset) => [asset.name, assetTarget(root, asset, graph, config)]));
}

/** @type {import('nx/src/project-graph/plugins/public-api').CreateNodes} */
export const createNodes = [
  REGISTRY,
  (files, _options, context) => files.map((file) => /** @type {const} */ ([file, { projects: { '.': { targets: assetTargets(context.workspaceRoot) } } }])),
];

/** The name Nx 19–22 looks for; Nx 23 prefers `createNodes` (same signature). */
export const createNodesV2 = createNodes;
