import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes next to the destination, then renames: a crash never leaves a half-written file behind. */
export function writeTextAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Fills a fresh sibling directory, then swaps it in for `path`: readers see the old set of files or the
 * new set, never a mix, and a failure while writing leaves the old set untouched.
 */
export async function replaceDirectoryAtomic(path: string, fill: (directory: string) => Promise<void> | void): Promise<void> {
  const staging = `${path}.tmp-${process.pid}`;
  const retired = `${path}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await fill(staging);
    rmSync(retired, { recursive: true, force: true });
    let hadPrevious = true;
    try {
      renameSync(path, retired);
    } catch {
      hadPrevious = false;
    }
    renameSync(staging, path);
    if (hadPrevious) rmSync(retired, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
