import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempWorkspace, runNx, type TempWorkspace } from '@dataset/harness';

/** CI's one line (see .ci/run): the tasks a commit reaches, selected task by task. */
const AFFECTED = ['affected', '-t', 'lint', 'typecheck', 'test', 'build', '--base=HEAD~1', '--head=HEAD'];
const TASK_LEVEL = { NX_LEGACY_AFFECTED: 'false' };

describe('nx affected on a commit', () => {
  let ws: TempWorkspace;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: ws.root, stdio: 'pipe' });
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };

  beforeAll(() => {
    ws = createTempWorkspace('dataset-affected-');
    git('init', '-q');
    commit('base');
  });
  afterAll(() => ws?.remove());

  it('runs nothing for a docs-only commit', () => {
    writeFileSync(join(ws.root, 'README.md'), `${readFileSync(join(ws.root, 'README.md'), 'utf8')}\nA note for readers.\n`);
    commit('docs');
    const run = runNx(ws.root, AFFECTED, TASK_LEVEL);
    expect(run.status, run.output).toBe(0);
    expect([...run.tasks.keys()]).toEqual([]);
  });

  it('builds and checks the dataset for a data-only commit', () => {
    const file = join(ws.root, 'data/canonical.json');
    const metadata = JSON.parse(readFileSync(file, 'utf8')) as { descriptions: string[] }[];
    metadata[0]!.descriptions[0] = `${metadata[0]!.descriptions[0]} Now with a brighter finish.`;
    writeFileSync(file, JSON.stringify(metadata, null, 2) + '\n');
    commit('data');
    const run = runNx(ws.root, AFFECTED, TASK_LEVEL);
    expect(run.status, run.output).toBe(0);
    for (const task of ['raw', 'prompts', 'splits', 'checks', 'release', 'build']) expect(run.tasks.get(task), task).toBe('ran');
    // Only the dataset graph: no library's lint or tests for a data change.
    expect(run.output).not.toMatch(/nx run (?!dataset:)[\w-]+:(lint|test|typecheck)/);
  });
});
