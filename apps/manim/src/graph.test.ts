import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ASSETS, CLEAN, moduleCode, PROJECT } from '../nx/assets.js';
import { manimProjects } from '../nx/sources-plugin.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONFIG = 'data/manim/sources.json';
const MODULES = [CLEAN.code, ...ASSETS.map((asset) => asset.code)];
/** What the plugin infers for this workspace: project name → its inferred targets. */
const INFERRED = Object.values(manimProjects(ROOT, join(ROOT, CONFIG))).map((project) => [project.name ?? PROJECT, project.targets] as const);

/** The workspace files esbuild itself loads for an entry, npm packages left external: the oracle. */
async function bundledFiles(entry: string): Promise<string[]> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).flatMap((name) => [name, `${name}/*`]);
  const result = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', external, logLevel: 'silent', absWorkingDir: ROOT });
  return Object.keys(result.metafile.inputs).map((file) => relative(ROOT, resolve(ROOT, file.replace(/^[^:]+:/, ''))));
}

type ShownTarget = { command?: string; options?: { command?: string }; cache?: boolean; dependsOn?: unknown; inputs?: unknown; outputs?: unknown };

function shownTargets(project: string): Record<string, ShownTarget> {
  const shown = JSON.parse(
    execFileSync(join(ROOT, 'node_modules/.bin/nx'), ['show', 'project', project, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    }),
  ) as { targets: Record<string, ShownTarget> };
  return shown.targets;
}

describe("a Manim target's code inputs, from its module's import closure", () => {
  for (const code of MODULES) {
    it(`holds every file esbuild bundles for ${code}`, async () => {
      const closure = moduleCode(ROOT, code).files;
      const missing = (await bundledFiles(code)).filter((file) => !closure.includes(file));
      expect(missing).toEqual([]);
    });
  }

  it("holds the Python checker's script, which the cleaner reaches by URL", () => {
    expect(moduleCode(ROOT, CLEAN.code).files).toContain('libs/manim/src/python/scene_facts.py');
  });

  it('never holds a test, a fixture or a test-support module', () => {
    for (const [project, targets] of INFERRED) {
      for (const [name, target] of Object.entries(targets)) {
        const files = (target.inputs ?? []).filter((input): input is string => typeof input === 'string');
        expect(files.filter((f) => /\.test\.ts$|\/fixtures\/|\/testing\/|test-support|\/e2e\//.test(f)), `${project}:${name}`).toEqual([]);
      }
    }
  });
});

describe('the Nx targets', () => {
  it('are exactly what the plugin computes (`nx show project manim`, and each source’s project)', () => {
    expect(INFERRED.map(([project]) => project)).toEqual([PROJECT, ...JSON.parse(readFileSync(join(ROOT, CONFIG), 'utf8')).sources.map((s: { name: string }) => `manim-source-${s.name}`)]);
    for (const [project, inferred] of INFERRED) {
      const shown = shownTargets(project);
      for (const [name, target] of Object.entries(inferred)) {
        const actual = shown[name];
        const id = `${project}:${name}`;
        expect(actual, id).toBeDefined();
        expect(actual!.options?.command ?? actual!.command, id).toBe(target.command);
        expect({ cache: actual!.cache, dependsOn: actual!.dependsOn ?? [], inputs: actual!.inputs, outputs: actual!.outputs ?? [] }, id).toEqual({
          cache: target.cache,
          dependsOn: target.dependsOn ?? [],
          inputs: target.inputs,
          outputs: target.outputs ?? [],
        });
      }
      const declared = project === PROJECT ? ['lint', 'typecheck', 'test', 'e2e'] : [];
      expect(Object.keys(shown).filter((t) => !(t in inferred)), project).toEqual(declared);
    }
  });
});
