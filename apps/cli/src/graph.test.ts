import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { assetCode, ASSETS } from '../graph/assets.mjs';
import { importGraph } from '../graph/imports.mjs';
import { withGraphSection } from '../graph/readme.mjs';
import { assetTargets } from '../nx/assets-plugin.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The workspace files esbuild itself loads for an entry, npm packages left external: the oracle. */
async function bundledFiles(entry: string): Promise<string[]> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).flatMap((name) => [name, `${name}/*`]);
  const result = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', external, logLevel: 'silent', absWorkingDir: ROOT });
  return Object.keys(result.metafile.inputs).map((file) => relative(ROOT, resolve(ROOT, file.replace(/^[^:]+:/, ''))));
}

describe("an asset's code inputs, from its import closure", () => {
  const graph = importGraph(ROOT);

  for (const asset of ASSETS) {
    it(`holds every file esbuild bundles for ${asset.name}`, async () => {
      const closure = graph.closure([{ file: asset.code }]).files;
      const missing = (await bundledFiles(asset.code)).filter((file) => !closure.includes(file));
      expect(missing).toEqual([]);
    });
  }

  it('never holds a test, a fixture or a test-support module', () => {
    for (const asset of ASSETS) {
      const files = assetCode(ROOT, asset, graph).files;
      expect(files.filter((f) => /\.test\.ts$|\/fixtures\/|test-support/.test(f)), asset.name).toEqual([]);
    }
  });
});

describe('importGraph on a small workspace', () => {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('libs/shapes/package.json', JSON.stringify({ name: '@dataset/shapes', exports: { '.': './src/index.ts', './circle': './src/circle.ts' } }));
  write('libs/shapes/src/index.ts', "export * from './square';\nimport type { Unused } from './types';\n");
  write('libs/shapes/src/square.ts', "import { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nexport const square = 1;\n");
  write('libs/shapes/src/circle.ts', 'export const circle = 2;\n');
  write('libs/shapes/src/types.ts', 'export type Unused = 1;\n');
  write('libs/shapes/src/square.test.ts', "import { square } from './square';\n");
  write('apps/cli/src/stage.ts', [
    "import { square } from '@dataset/shapes';",
    "const { circle } = await import('@dataset/shapes/circle');",
    "const ts = require('typescript');",
    "const worker = new URL('./worker.mjs', import.meta.url);",
    'const generated = `import x from ${name}`;',
  ].join('\n'));
  write('apps/cli/src/worker.mjs', "await tsImport('./work.ts', import.meta.url);\n");
  write('apps/cli/src/work.ts', 'export {};\n');
  write('apps/cli/src/main.ts', "import './config';\nexport const run = () => import('./stage');\n");
  write('apps/cli/src/config.ts', 'export {};\n');

  it('follows static, dynamic, require and URL references, through package exports, and names npm packages', () => {
    expect(importGraph(root).closure([{ file: 'apps/cli/src/stage.ts' }])).toEqual({
      files: [
        'apps/cli/src/stage.ts',
        'apps/cli/src/work.ts',
        'apps/cli/src/worker.mjs',
        'libs/shapes/package.json',
        'libs/shapes/src/circle.ts',
        'libs/shapes/src/index.ts',
        'libs/shapes/src/square.ts',
      ],
      packages: ['typescript', 'zod'],
    });
  });

  it('follows only the static imports of a dispatcher', () => {
    expect(importGraph(root).closure([{ file: 'apps/cli/src/main.ts', dynamic: false }]).files).toEqual(['apps/cli/src/config.ts', 'apps/cli/src/main.ts']);
  });

  it('holds a file the moment an import of it is written', () => {
    write('libs/shapes/src/square.ts', "import { helper } from './helper';\nexport const square = helper;\n");
    write('libs/shapes/src/helper.ts', 'export const helper = 3;\n');
    expect(importGraph(root).closure([{ file: 'apps/cli/src/stage.ts' }]).files).toContain('libs/shapes/src/helper.ts');
  });

  it('names an import of a subpath the package does not export', () => {
    write('apps/cli/src/bad.ts', "import { x } from '@dataset/shapes/hidden';\n");
    expect(() => importGraph(root).closure([{ file: 'apps/cli/src/bad.ts' }])).toThrow(/apps\/cli\/src\/bad\.ts: @dataset\/shapes\/hidden is not exported by @dataset\/shapes/);
  });
});

describe('the Nx targets', () => {
  it('are exactly what the registry declares (`nx show project dataset`)', () => {
    const shown = JSON.parse(
      execFileSync(join(ROOT, 'node_modules/.bin/nx'), ['show', 'project', 'dataset', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      }),
    ) as { targets: Record<string, { command?: string; options?: { command?: string }; cache?: boolean; dependsOn?: unknown; inputs?: unknown; outputs?: unknown }> };
    const declared = assetTargets(ROOT);
    for (const [name, target] of Object.entries(declared)) {
      const actual = shown.targets[name];
      expect(actual, name).toBeDefined();
      expect(actual!.options?.command ?? actual!.command, name).toBe(target.command);
      expect({ cache: actual!.cache, dependsOn: actual!.dependsOn ?? [], inputs: actual!.inputs, outputs: actual!.outputs ?? [] }, name).toEqual({
        cache: target.cache,
        dependsOn: target.dependsOn ?? [],
        inputs: target.inputs,
        outputs: target.outputs ?? [],
      });
    }
    expect(Object.keys(shown.targets).filter((t) => !(t in declared)).sort()).toEqual(['build', 'e2e']);
  });
});

describe('the README', () => {
  it("shows the registry's graph (regenerate with `node apps/cli/graph/readme.mjs`)", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withGraphSection(readme)).toBe(readme);
  });
});
