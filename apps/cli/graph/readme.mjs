// @ts-check
/**
 * The README's asset-graph section, generated from the registry so the documentation cannot drift from
 * the graph: `node apps/cli/graph/readme.mjs` rewrites it in place, and a test fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ASSETS } from './assets.mjs';

const START = '<!-- asset-graph:start (generated from apps/cli/graph/assets.mjs by `node apps/cli/graph/readme.mjs`) -->';
const END = '<!-- asset-graph:end -->';

const OUTSIDE = {
  raw: 'metadata, DB rows, overrides, registry',
  prompts: 'metadata, curated prompts, prompt overrides',
  rendered: 'render settings, Chromium',
};

/** @param {import('./assets.mjs').AssetDefinition[]} assets */
export function graphSection(assets = ASSETS) {
  const edges = assets.flatMap((asset) => [
    ...(asset.outside ? [`  ${asset.outside}_in[/"${OUTSIDE[asset.outside]}"/] --> ${asset.name}`] : []),
    ...(asset.config ? [`  ${asset.name}_config[/"config: ${asset.config.join(', ')}"/] --> ${asset.name}`] : []),
    ...asset.upstream.map((up) => `  ${up} --> ${asset.name}`),
  ]);
  const rows = assets.map((asset) => `| \`${asset.name}\`${asset.cache === false ? ' (not cached)' : ''} | ${asset.reads} | ${asset.writes} |`);
  return [START, '', '```mermaid', 'graph LR', ...edges, '```', '', '| asset (`nx run dataset:…`) | reads | writes (`dist/assets/…`) |', '|---|---|---|', ...rows, '', END].join('\n');
}

/** The README with its graph section replaced by the generated one. */
export function withGraphSection(/** @type {string} */ readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md has no generated asset-graph section (${START} … ${END})`);
  return readme.slice(0, start) + graphSection() + readme.slice(end + END.length);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const file = join(import.meta.dirname, '../../../README.md');
  writeFileSync(file, withGraphSection(readFileSync(file, 'utf8')));
}
