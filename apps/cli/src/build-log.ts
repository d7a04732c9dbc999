import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isRunning, parseProcessTag, processTag } from '@dataset/release/processes';
import { buildOwner } from './workspace-lock';

/**
 * What a stage did in this build ("1 rebuilt, 40 reused") is not a fact about its asset: Nx stores a task's
 * log with its outputs and replays it on every cache hit, where "40 rebuilt" would be a lie. So a stage run
 * by Nx prints only what describes its asset, and leaves what it did here, beside the build (the `nx`
 * process, as the workspace lock finds it) rather than in the cache; `upload`, which is never cached, ends
 * the build by saying for each asset whether it ran and what it did, or came from the cache.
 */
const defaultRoot = () => resolve('.cache/build-log');
const runByNx = () => Boolean(process.env['NX_TASK_HASH']);
const buildDir = (root: string) => join(root, processTag(buildOwner()));

export function noteWork(stage: string, work: string, root = defaultRoot()): void {
  if (!runByNx()) {
    console.log(`${stage}: ${work}`);
    return;
  }
  mkdirSync(buildDir(root), { recursive: true });
  appendFileSync(join(buildDir(root), `${stage}.txt`), `${work}\n`);
}

/** Called once a stage has materialized its asset: "ran" even when it had nothing to say about its work. */
export function noteRan(stage: string, root = defaultRoot()): void {
  if (!runByNx()) return;
  mkdirSync(buildDir(root), { recursive: true });
  appendFileSync(join(buildDir(root), `${stage}.txt`), '');
}

/** One line per asset of this build, in graph order; then forgets this build's notes and those of ended builds. */
export function describeBuild(assets: readonly string[], root = defaultRoot()): string[] {
  // Run by hand, each stage printed its work already, and nothing says which assets are up to date.
  if (!runByNx()) return [];
  const dir = buildDir(root);
  const lines = assets.map((asset) => {
    let notes: string | undefined;
    try {
      notes = readFileSync(join(dir, `${asset}.txt`), 'utf8');
    } catch {
      return `build: ${asset} from cache`;
    }
    const work = notes.split('\n').filter(Boolean).join('; ');
    return `build: ${asset} ran${work ? ` — ${work}` : ''}`;
  });
  rmSync(dir, { recursive: true, force: true });
  try {
    for (const name of readdirSync(root)) {
      const owner = parseProcessTag(name);
      if (owner && !isRunning(owner)) rmSync(join(root, name), { recursive: true, force: true });
    }
  } catch {
    // no notes at all
  }
  return lines;
}
