// @ts-check
/**
 * Nx inference plugin: the `dataset` project's asset targets, built from the one definition of the graph
 * (apps/cli/graph/assets.mjs). Nx reruns inference plugins on every invocation (its daemon, on every file
 * change), so a file a stage starts to import is a code input of that stage's target the moment the import
 * is written: no list to keep in step by hand.
 */
import { assetCode, assetOutput, ASSETS } from '../graph/assets.mjs';
import { importGraph } from '../graph/imports.mjs';

const REGISTRY = 'apps/cli/graph/assets.mjs';

/**
 * @typedef {import('nx/src/config/workspace-json-project-json').TargetConfiguration} TargetConfiguration
 * @typedef {import('nx/src/config/workspace-json-project-json').InputDefinition | string} Input
 */

/**
 * One asset's target: what it runs, what it waits for, and every input its value can depend on.
 * @param {string} root
 * @param {import('../graph/assets.mjs').AssetDefinition} asset
 * @param {ReturnType<typeof importGraph>} graph
 * @returns {TargetConfiguration}
 */
export function assetTarget(root, asset, graph) {
  const code = assetCode(root, asset, graph);
  /** @type {Input[]} */
  const inputs = [
    ...code.files.map((file) => `{workspaceRoot}/${file}`),
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
  return Object.fromEntries(ASSETS.map((asset) => [asset.name, assetTarget(root, asset, graph)]));
}

/** @type {import('nx/src/project-graph/plugins/public-api').CreateNodes} */
export const createNodes = [
  REGISTRY,
  (files, _options, context) => files.map((file) => /** @type {const} */ ([file, { projects: { '.': { targets: assetTargets(context.workspaceRoot) } } }])),
];

/** The name Nx 19–22 looks for; Nx 23 prefers `createNodes` (same signature). */
export const createNodesV2 = createNodes;
