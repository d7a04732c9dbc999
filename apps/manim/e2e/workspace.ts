import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORKSPACE = fileURLToPath(new URL('../../..', import.meta.url));
/**
 * Only what the Manim graph needs (its plugin derives code inputs with the dataset graph's import scanner);
 * node_modules is linked, with @dataset/* pointing into the copy.
 */
const COPIED = [
  'nx.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.base.json',
  '.gitignore',
  'libs/manim',
  'libs/dedup',
  'libs/domain',
  'libs/split',
  'apps/manim',
  'apps/cli/graph/imports.mjs',
  'data/manim',
];
const PACKAGES: Record<string, string> = { manim: 'libs/manim', 'manim-cli': 'apps/manim', dedup: 'libs/dedup', domain: 'libs/domain', split: 'libs/split' };

/** A temporary copy of the workspace holding the Manim graph only; the caller removes it. */
export function copyManimWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'manim-e2e-'));
  for (const path of COPIED) cpSync(join(WORKSPACE, path), join(root, path), { recursive: true, filter: (from) => !from.includes('node_modules') });
  mkdirSync(join(root, 'node_modules/@dataset'), { recursive: true });
  for (const entry of readdirSync(join(WORKSPACE, 'node_modules'))) {
    if (entry !== '@dataset') symlinkSync(join(WORKSPACE, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  for (const [name, path] of Object.entries(PACKAGES)) symlinkSync(join(root, path), join(root, 'node_modules/@dataset', name));
  // The copy holds the Manim graph only: the dataset graph's inference plugin has no registry to read here.
  const nxJson = JSON.parse(readFileSync(join(root, 'nx.json'), 'utf8')) as { plugins: ({ plugin: string } | string)[] };
  nxJson.plugins = nxJson.plugins.filter((p) => !(typeof p === 'string' ? p : p.plugin).includes('apps/cli/'));
  writeFileSync(join(root, 'nx.json'), JSON.stringify(nxJson, null, 2));
  return root;
}

/** Runs Nx in the copy, with none of the outer run's judge or config settings. */
export function nxIn(root: string, env: Record<string, string>, ...args: string[]): string {
  return execFileSync('npx', ['nx', ...args, '--outputStyle=static'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0', NO_COLOR: '1', NX_TUI: 'false', MANIM_JUDGE_URL: '', MANIM_CONFIG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Task (`project:target`) → whether Nx took it from its cache, from Nx's own "> nx run" lines. */
export function tasksOf(output: string): Record<string, boolean> {
  const tasks: Record<string, boolean> = {};
  for (const match of output.matchAll(/^> nx run (\S+)(.*)$/gm)) {
    tasks[match[1]!] = /\[local cache\]|\[existing outputs match the cache/.test(match[2]!);
  }
  return tasks;
}

/** The tasks Nx ran rather than took from its cache, sorted. */
export const ran = (output: string) =>
  Object.entries(tasksOf(output))
    .filter(([, cached]) => !cached)
    .map(([task]) => task)
    .sort();

export const readJsonl = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
