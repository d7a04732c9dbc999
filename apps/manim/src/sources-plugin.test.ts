import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MANIM_CONFIG } from '@dataset/manim/config';
import { createNodes, DEFAULT_CONFIG, readSourceEntries, sourceInputs } from '../nx/sources-plugin.js';

const WORKSPACE = resolve(import.meta.dirname, '../../..');

type Projects = Record<string, { name?: string; targets?: Record<string, { command?: string; options?: unknown; outputs?: string[]; dependsOn?: unknown; inputs?: unknown }> }>;

/** A workspace whose code is this one's, with `config` as data/manim/sources.json. */
function workspaceWith(config: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'manim-plugin-'));
  roots.push(root);
  for (const code of ['apps', 'libs']) symlinkSync(join(WORKSPACE, code), join(root, code));
  mkdirSync(join(root, 'data/manim'), { recursive: true });
  writeFileSync(join(root, 'data/manim/sources.json'), JSON.stringify(config));
  return root;
}

/** The projects the plugin infers (by name), as Nx asks for them. */
async function inferProjects(config: unknown, root = workspaceWith(config)): Promise<Projects> {
  const [pattern, infer] = createNodes;
  expect(pattern).toBe('apps/manim/nx/assets.js');
  const results = await infer([pattern], { project: 'apps/manim' }, { workspaceRoot: root, nxJsonConfiguration: {} });
  if (results.length === 0) return {};
  const [file, result] = results[0]!;
  expect(file).toBe(pattern);
  return Object.fromEntries(Object.values(result.projects!).map((project) => [project.name ?? 'manim', project])) as Projects;
}

/** Runs `body` with MANIM_CONFIG set, as a user's shell would have it. */
async function withManimConfig<T>(value: string, body: () => Promise<T>): Promise<T> {
  const before = process.env['MANIM_CONFIG'];
  process.env['MANIM_CONFIG'] = value;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env['MANIM_CONFIG'];
    else process.env['MANIM_CONFIG'] = before;
  }
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** What Nx hashes of a project into the key of each of its tasks: every target's name, command, outputs. */
const projectKey = (project: Projects[string]) =>
  Object.entries(project.targets ?? {}).map(([name, t]) => [name, t.command, t.options, t.outputs]);

const base = { systemPrompt: 'x', seed: 1, sources: [{ name: 'curated', kind: 'jsonl-openai', path: 'curated.jsonl', priority: 1 }] };
const withRepo = { ...base, sources: [...base.sources, { name: 'repo', kind: 'repo', path: 'repo', priority: 2 }] };

describe('the Manim sources Nx plugin', () => {
  it('makes one project with a cached clean target per source, and one more for each added entry', async () => {
    const one = await inferProjects(base);
    expect(Object.keys(one)).toEqual(['manim', 'manim-source-curated']);
    const two = await inferProjects(withRepo);
    expect(Object.keys(two)).toEqual(['manim', 'manim-source-curated', 'manim-source-repo']);
    expect(two['manim']!.targets!['combine']!.dependsOn).toEqual([{ projects: ['manim-source-curated', 'manim-source-repo'], target: 'clean' }]);
    expect(two['manim-source-repo']!.targets!['clean']).toMatchObject({
      command: 'tsx apps/manim/src/clean.ts --source repo --kind repo --path data/manim/repo --manim-exports data/manim/manim-exports-0.22.0.json --out dist/manim/sources',
      cache: true,
      dependsOn: [],
      outputs: [
        '{workspaceRoot}/dist/manim/sources/repo.parquet',
        '{workspaceRoot}/dist/manim/sources/repo.rejections.jsonl',
        '{workspaceRoot}/dist/manim/sources/repo.fixes.jsonl',
        '{workspaceRoot}/dist/manim/sources/repo.summary.json',
      ],
    });
    expect(two['manim-source-repo']!.targets!['clean']!.inputs).toContain('{workspaceRoot}/data/manim/repo/**/*');
    expect(two['manim-source-repo']!.targets!['clean']!.inputs).not.toContain('{workspaceRoot}/data/manim/sources.json');
    expect(two['manim-source-repo']!.targets!['clean']!.inputs).toContain('{workspaceRoot}/data/manim/manim-exports-0.22.0.json');
  });

  it('puts the config’s allowedImports on every clean command, sorted, and refuses a dotted name', async () => {
    const projects = await inferProjects({ ...withRepo, allowedImports: ['scipy', 'numpy'] });
    for (const name of ['manim-source-curated', 'manim-source-repo']) expect(projects[name]!.targets!['clean']!.command).toContain(' --allowed-imports numpy,scipy ');
    expect((await inferProjects({ ...base, allowedImports: [] }))['manim-source-curated']!.targets!['clean']!.command).toContain(" --allowed-imports '' ");
    await expect(inferProjects({ ...base, allowedImports: ['numpy.linalg'] })).rejects.toThrow(/allowedImports/);
  });

  it('leaves every other project as Nx hashes it when a source is added', async () => {
    const [one, two] = [await inferProjects(base), await inferProjects(withRepo)];
    expect(projectKey(two['manim-source-curated']!)).toEqual(projectKey(one['manim-source-curated']!));
    expect(two['manim-source-curated']).toEqual(one['manim-source-curated']);
    expect(projectKey(two['manim']!)).toEqual(projectKey(one['manim']!));
  });

  it('restates the whole entry in the clean command, quoting what the shell would split', async () => {
    const projects = await inferProjects({
      ...base,
      sources: [{ name: 'export', kind: 'parquet', path: '/data/my export.parquet', priority: 1, producedBy: 'demo-parquet' }],
    });
    const clean = projects['manim-source-export']!.targets!['clean']!;
    expect(clean.command).toBe("tsx apps/manim/src/clean.ts --source export --kind parquet --path '/data/my export.parquet' --produced-by demo-parquet --manim-exports data/manim/manim-exports-0.22.0.json --out dist/manim/sources");
    expect(clean.dependsOn).toEqual([{ projects: ['manim'], target: 'demo-parquet' }]);
  });

  it('makes the graph from the config MANIM_CONFIG names, which combine reads and hashes', async () => {
    const root = workspaceWith(base);
    writeFileSync(join(root, 'data/other.json'), JSON.stringify({ ...base, sources: [{ name: 'elsewhere', kind: 'jsonl-flat', path: 'manim/x.jsonl', priority: 1 }] }));
    const projects = await withManimConfig('data/other.json', () => inferProjects(base, root));
    expect(Object.keys(projects)).toEqual(['manim', 'manim-source-elsewhere']);
    expect(projects['manim-source-elsewhere']!.targets!['clean']!.command).toContain('--path data/manim/x.jsonl');
    const combine = projects['manim']!.targets!['combine']!;
    expect(combine.command).toBe('tsx apps/manim/src/combine.ts --config data/other.json');
    expect(combine.inputs).toContain('{workspaceRoot}/data/other.json');
    expect(combine.inputs).not.toContain('{workspaceRoot}/data/manim/sources.json');

    const outside = join(mkdtempSync(join(tmpdir(), 'manim-config-')), 'sources.json');
    roots.push(dirname(outside));
    writeFileSync(outside, JSON.stringify(base));
    const fromOutside = (await withManimConfig(outside, () => inferProjects(base, root)))['manim']!.targets!['combine']!;
    expect(fromOutside.command).toBe(`tsx apps/manim/src/combine.ts --config ${outside}`);
    expect(fromOutside.inputs).toContainEqual({ runtime: `node apps/manim/nx/fingerprint.js ${outside}` });
    await expect(withManimConfig(join(root, 'missing.json'), () => inferProjects(base, root))).rejects.toThrow(/missing\.json: cannot read the Manim sources config/);
  });

  it('infers nothing in a workspace without the Manim sources config', async () => {
    const root = workspaceWith(base);
    rmSync(join(root, 'data'), { recursive: true });
    expect(await inferProjects(base, root)).toEqual({});
  });

  it('reads the config file the commands read by default', () => {
    expect(DEFAULT_CONFIG).toBe(DEFAULT_MANIM_CONFIG);
  });

  it('hashes a source by its file, its folder, the target that writes it, or a fingerprint outside the workspace', () => {
    const configDir = '/w/data/manim';
    expect(sourceInputs({ name: 'a', kind: 'jsonl-flat', path: 'a.jsonl' }, configDir, '/w')).toEqual(['{workspaceRoot}/data/manim/a.jsonl']);
    expect(sourceInputs({ name: 'a', kind: 'repo', path: 'r' }, configDir, '/w')).toEqual(['{workspaceRoot}/data/manim/r/**/*']);
    expect(sourceInputs({ name: 'a', kind: 'parquet', path: 'x.parquet', producedBy: 'demo' }, configDir, '/w')).toEqual([{ dependentTasksOutputFiles: '**/*.parquet', transitive: false }]);
    expect(sourceInputs({ name: 'a', kind: 'parquet', path: '/data/x.parquet' }, configDir, '/w')).toEqual([{ runtime: 'node apps/manim/nx/fingerprint.js /data/x.parquet' }]);
    expect(sourceInputs({ name: 'a', kind: 'repo', path: "/data/bob's scenes" }, configDir, '/w')).toEqual([{ runtime: "node apps/manim/nx/fingerprint.js '/data/bob'\\''s scenes'" }]);
  });

  it('names the file and field of a config it cannot use', () => {
    expect(() => readSourceEntries({ sources: [{ name: 'ok', kind: 'csv', path: 'p' }] }, 'data/manim/sources.json')).toThrow('data/manim/sources.json (field sources[0].kind): expected one of');
    expect(() => readSourceEntries({}, 'f.json')).toThrow('f.json (field sources)');
    const entry = { name: 'twice', kind: 'repo', path: 'p' };
    expect(() => readSourceEntries({ sources: [entry, entry] }, 'f.json')).toThrow('f.json (field sources[1].name): duplicate source name "twice"');
  });
});
