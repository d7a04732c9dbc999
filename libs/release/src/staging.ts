import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { currentProcess, isRunning, parseProcessTag, processTag } from './processes';

/**
 * A folder is replaced atomically by writing it under a staging folder and renaming it into place. Each
 * staging entry is named after its writer (`<name>.tmp-<pid>-<start>`), so whoever stages next removes what
 * a killed writer left, and never what a live one is still writing.
 */
export function stagingPath(stagingDir: string, name: string, kind: 'tmp' | 'old' = 'tmp'): string {
  return join(stagingDir, `${name}.${kind}-${processTag(currentProcess())}`);
}

const WRITER = /\.(?:tmp|old)-(\d+(?:-\d+)?)$/;

/**
 * Removes the staging entries of `dir` (those `accept` takes, by default every one) whose writer no longer
 * runs. Returns their names.
 */
export function removeAbandonedStaging(dir: string, accept: (name: string) => boolean = () => true): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const tag = WRITER.exec(name)?.[1];
    const writer = tag === undefined ? undefined : parseProcessTag(tag);
    if (!writer || !accept(name) || isRunning(writer)) return false;
    rmSync(join(dir, name), { recursive: true, force: true });
    return true;
  });
}

/** Removes the folders, innermost first, that are empty; one another process is staging in stays. */
export function removeEmptyFolders(dirs: readonly string[]): void {
  for (const dir of dirs) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (another writer's staging), or already gone
    }
  }
}
