// Nx runs one `fingerprint <stage>` per asset on every invocation, even when everything is cached, so its
// start-up is the floor of a no-op build. This launcher runs it from an esbuild bundle (workspace code
// inlined, npm packages external) keyed by the content of every source it could include: any edit makes
// a new bundle, so a stale one can never run. Plain JavaScript on purpose: it must not need a TS loader.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../../..');

function sourceFiles() {
  const files = [join(root, 'package-lock.json'), join(root, 'tsconfig.base.json')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) files.push(path);
    }
  };
  walk(join(root, 'apps/cli/src'));
  for (const lib of readdirSync(join(root, 'libs')).sort()) {
    if (existsSync(join(root, 'libs', lib, 'src'))) walk(join(root, 'libs', lib, 'src'));
    if (existsSync(join(root, 'libs', lib, 'package.json'))) files.push(join(root, 'libs', lib, 'package.json'));
  }
  return files.sort();
}

function bundleKey(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 24);
}

async function ensureBundle() {
  const dir = join(root, 'node_modules/.cache/dataset-cli');
  const bundle = join(dir, `fingerprint-${bundleKey(sourceFiles())}.mjs`);
  if (existsSync(bundle)) return bundle;
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).flatMap((name) => [name, `${name}/*`]);
  mkdirSync(dir, { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, 'apps/cli/src/fingerprint-main.ts')],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'error',
  });
  // Concurrent fingerprints may build the same bundle; rename makes whichever finishes last win atomically.
  renameSync(temp, bundle);
  return bundle;
}

await import(pathToFileURL(await ensureBundle()).href);
