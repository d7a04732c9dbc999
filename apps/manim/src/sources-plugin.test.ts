import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodes, readSourceEntries, sourceInputs } from '../nx/sources-plugin.js';

const WORKSPACE = resolve(import.meta.dirname, '../../..');

/** The targets inferred from `config`, in a workspace whose code is this one's. */
async function inferTargets(config: unknown) {
  const root = mkdtempSync(join(tmpdir(), 'manim-plugin-'));
  for (const code of ['apps', 'libs']) symlinkSync(join(WORKSPACE, code), join(root, code));
  mkdirSync(join(root, 'data/manim'), { recursive: true });
  writeFileSync(join(root, 'data/manim/sources.json'), JSON.stringify(config));
  const [pattern, infer] = createNodes;
  expect(pattern).toBe('data/manim/sources.json');
  const results = await infer(['data/manim/sources.json'], { project: 'apps/manim' }, { workspaceRoot: root, nxJsonConfiguration: {} });
  const [file, result] = results[0]!;
  expect(file).toBe('data/manim/sources.json');
  return result.projects!['apps/manim']!.targets!;
}

const base = { systemPrompt: 'x', seed: 1, sources: [{ name: 'curated', kind: 'jsonl-openai', path: 'curated.jsonl', priority: 1 }] };

describe('the Manim sources Nx plugin', () => {
  it('makes one cached clean target per source, and one more for each added entry', async () => {
    const one = await inferTargets(base);
    const cleans = (targets: object) => Object.keys(targets).filter((name) => name.startsWith('clean-'));
    expect(cleans(one)).toEqual(['clean-curated']);
    const two = await inferTargets({ ...base, sources: [...base.sources, { name: 'repo', kind: 'repo', path: 'repo', priority: 2 }] });
    expect(cleans(two)).toEqual(['clean-curated', 'clean-repo']);
    expect(two['combine']!.dependsOn).toEqual(['clean-curated', 'clean-repo']);
    expect(two['clean-repo']).toMatchObject({
      command: 'tsx apps/manim/src/clean.ts --source repo --kind repo --out dist/manim/sources',
      cache: true,
      dependsOn: [],
      outputs: [
        '{workspaceRoot}/dist/manim/sources/repo.parquet',
        '{workspaceRoot}/dist/manim/sources/repo.rejections.jsonl',
        '{workspaceRoot}/dist/manim/sources/repo.fixes.jsonl',
        '{workspaceRoot}/dist/manim/sources/repo.summary.json',
      ],
    });
    expect(two['clean-repo']!.inputs).toContain('{workspaceRoot}/data/manim/repo/**/*');
    expect(two['clean-repo']!.inputs).not.toContain('{workspaceRoot}/data/manim/sources.json');
  });

  it('hashes a source by its file, its folder, the target that writes it, or a fingerprint outside the workspace', () => {
    const configDir = '/w/data/manim';
    expect(sourceInputs({ name: 'a', kind: 'jsonl-flat', path: 'a.jsonl' }, configDir, '/w')).toEqual(['{workspaceRoot}/data/manim/a.jsonl']);
    expect(sourceInputs({ name: 'a', kind: 'repo', path: 'r' }, configDir, '/w')).toEqual(['{workspaceRoot}/data/manim/r/**/*']);
    expect(sourceInputs({ name: 'a', kind: 'parquet', path: 'x.parquet', producedBy: 'demo' }, configDir, '/w')).toEqual([{ dependentTasksOutputFiles: '**/*.parquet', transitive: false }]);
    expect(sourceInputs({ name: 'a', kind: 'parquet', path: '/data/x.parquet' }, configDir, '/w')).toEqual([{ runtime: 'node apps/manim/nx/fingerprint.js "/data/x.parquet"' }]);
  });

  it('names the file and field of a config it cannot use', () => {
    expect(() => readSourceEntries({ sources: [{ name: 'ok', kind: 'csv', path: 'p' }] }, 'data/manim/sources.json')).toThrow('data/manim/sources.json (field sources[0].kind): expected one of');
    expect(() => readSourceEntries({}, 'f.json')).toThrow('f.json (field sources)');
  });
});
