// Every Nx task starts a fresh Node process, so start-up is paid once per stage and once per runtime input on
// every build, cached or not. Loading the TypeScript sources through tsx costs ~1 s a process; this builds the
// CLI once with esbuild (workspace code inlined, npm packages external) into a folder keyed by the content of
// every source it could include, so any edit makes a new bundle and a stale one can never run.
// Plain JavaScript on purpose: it must not need a TS loader.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importGraph } from '../graph/imports.mjs';

const root = resolve(import.meta.dirname, '../../..');
const cacheDir = join(root, 'node_modules/.cache/dataset-cli');
/**
 * Bundles unused for this long are deleted. Every use touches its folder, and a build still running from an
 * older bundle (another workspace copy sharing node_modules, or sources edited mid-build) must keep its
 * chunks, which load lazily; no build takes a day.
 */
const UNUSED_MS = 24 * 60 * 60 * 1000;
/** Pure-JavaScript packages bundled into the CLI rather than loaded from node_modules at run time. */
const INLINED = new Set(['zod']);
const ENTRIES = {
  main: 'apps/cli/src/main.ts',
  fingerprint: 'apps/cli/src/fingerprint-main.ts',
  'sanitize-worker': 'apps/cli/src/workers/sanitize.ts',
};

/** What the bundle can include: the import closure of its entries (the graph's one derived file list). */
function sourceFiles() {
  const closure = importGraph(root).closure(Object.values(ENTRIES).map((file) => ({ file })));
  const files = ['package-lock.json', 'tsconfig.base.json', 'package.json', ...closure.files].map((file) => join(root, file));
  return [...new Set([...files, import.meta.filename])].sort();
}

function bundleKey(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 24);
}

/** The folder holding `main.mjs`, `fingerprint.mjs` and `sanitize-worker.mjs` for the current sources. */
export async function cliBundle() {
  const dir = join(cacheDir, bundleKey(sourceFiles()));
  if (existsSync(join(dir, 'main.mjs'))) {
    touch(dir);
    return dir;
  }
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // zod is inlined: resolving and linking its hundred-odd ES modules was a third of a fingerprint's start-up.
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
    .filter((name) => !INLINED.has(name))
    .flatMap((name) => [name, `${name}/*`]);
  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    // Tells the sanitize stage its worker is a bundle beside it rather than a TypeScript file for tsx.
    define: { __DATASET_CLI_BUNDLED__: 'true' },
    logLevel: 'error',
  });
  try {
    renameSync(temp, dir);
  } catch (error) {
    // Two tasks started at once built the same bundle: theirs is as good as ours.
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(join(dir, 'main.mjs'))) throw error;
  }
  prune();
  return dir;
}

function touch(dir) {
  const now = new Date();
  try {
    utimesSync(dir, now, now);
  } catch {
    // Read-only node_modules: the bundle still runs, it just may be pruned sooner.
  }
}

function prune() {
  const cutoff = Date.now() - UNUSED_MS;
  for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
    const path = join(cacheDir, entry.name);
    try {
      if (statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}
