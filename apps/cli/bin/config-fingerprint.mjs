// Nx `runtime` input of the stages that read nothing outside the workspace but fields of the dataset config
// (`dedup`, `splits`, `checks`, `release`): a digest of those fields as the config file spells them. Nx runs
// one such command per stage on every build, cached or not, one after another down the graph, so this is
// plain JavaScript with nothing to load but Node: it costs a Node start and a JSON.parse, where the bundled
// fingerprint (zod, the config schema) costs twice that.
//
// Sound without the schema: the stage reads these fields through zod and its defaults, and that code is a
// file input of the same target, so anything that changes what the stage sees changes this digest. An
// equivalent respelling (an added default, reordered keys) costs at most a rerun.
//
// Usage: config-fingerprint.mjs <field> [<field> …], a field being a dotted path such as `checks.dedup`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Must equal DEFAULT_CONFIG_PATH in libs/config (a test checks that they agree). */
const DEFAULT_CONFIG_PATH = 'data/dataset.config.json';

const fields = process.argv.slice(2);
if (fields.length === 0) fail('usage: config-fingerprint.mjs <field> [<field> …]');
const configPath = resolve(process.env.DATASET_CONFIG || DEFAULT_CONFIG_PATH);

let config;
try {
  config = JSON.parse(readFileSync(configPath, 'utf8'));
} catch (error) {
  fail(`${configPath}: cannot read the dataset config (${error.message})`);
}

const picked = fields.map((field) => [field, field.split('.').reduce((value, key) => (isObject(value) && key in value ? value[key] : null), config)]);
console.log(createHash('sha256').update(JSON.stringify(sortKeys(Object.fromEntries(picked)))).digest('hex'));

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}
