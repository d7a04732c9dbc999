import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ReleaseFiles } from './files';
import { removeAbandonedStaging, removeEmptyFolders, stagingPath } from './staging';

export type PublishOutcome =
  | { kind: 'written'; name: string; dir: string }
  | { kind: 'identical'; name: string; dir: string };

/** `<tag>`, `<tag>-1`, `<tag>-2`, … : the names a release of this tag may take, in order. */
export function candidateName(tag: string, attempt: number): string {
  return attempt === 0 ? tag : `${tag}-${attempt}`;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * What shows a release rather than makes it: the HTML report and the thumbnails. A release's identity is its
 * training data and metadata (the JSONL files, stats, checks and card, which say whether render validation
 * ran), so a rebuild whose thumbnails differ by a pixel, or whose report differs in presentation only, is
 * the same release and publishes nothing.
 */
export function isPresentationFile(name: string): boolean {
  return name === 'report.html' || name.startsWith('thumbnails/');
}

/** A directory holds this release: the same identity files (every file but the presentation), the same bytes. */
export function holdsRelease(dir: string, files: ReleaseFiles): boolean {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  const present = listFiles(dir).filter((name) => !isPresentationFile(name)).sort();
  const wanted = [...files.keys()].filter((name) => !isPresentationFile(name)).sort();
  if (present.length !== wanted.length || present.some((name, i) => name !== wanted[i])) return false;
  return wanted.every((name) => Buffer.from(files.get(name)!).equals(readFileSync(join(dir, name))));
}

/**
 * Where releases are staged before they are renamed into place: beside the release folder
 * (`<parent>/.staging/<release folder's name>/`), so that a reader listing the releases never sees a
 * half-written one. Inside it (`<releaseDir>/.staging/`, a dot-folder) only when the sibling cannot be used:
 * a parent this process may not write, or another filesystem (a release folder that is a mount point),
 * where the rename into place would fail instead of being atomic. `tidy` lists the folders to remove once
 * they are empty.
 */
export function releaseStaging(releaseDir: string): { dir: string; tidy: string[] } {
  const parent = join(dirname(releaseDir), '.staging');
  const sibling = join(parent, basename(releaseDir));
  try {
    mkdirSync(sibling, { recursive: true });
    if (statSync(sibling).dev === statSync(releaseDir).dev) return { dir: sibling, tidy: [sibling, parent] };
    removeEmptyFolders([sibling, parent]);
  } catch {
    // A parent we may not write: stage inside.
  }
  const inside = join(releaseDir, '.staging');
  return { dir: inside, tidy: [inside] };
}

/**
 * Writes the release under `<releaseDir>/<tag>` unless that holds a different dataset, then `<tag>-1`, …
 * An identical existing release is reported and nothing is written. Files are staged outside the release
 * folder's listing (see releaseStaging) and renamed into place, so a crash never leaves a half-written
 * release where readers look; what a killed publisher staged is removed by the next one.
 */
export function publishRelease(releaseDir: string, tag: string, files: ReleaseFiles): PublishOutcome {
  mkdirSync(releaseDir, { recursive: true });
  const staging = releaseStaging(releaseDir);
  removeAbandonedStaging(staging.dir);
  // Earlier versions staged inside the release folder, as `.<name>.tmp-<pid>`.
  removeAbandonedStaging(releaseDir, (name) => name.startsWith('.'));
  try {
    for (let attempt = 0; ; attempt++) {
      const name = candidateName(tag, attempt);
      const dir = join(releaseDir, name);
      if (holdsRelease(dir, files)) return { kind: 'identical', name, dir };
      if (existsSync(dir)) continue;
      if (stageAndRename(staging.dir, name, dir, files)) return { kind: 'written', name, dir };
      // Another publisher took this name meanwhile: look at it again, as at any existing release.
      attempt -= 1;
    }
  } finally {
    removeEmptyFolders(staging.tidy);
  }
}

/** False when `dir` appeared while the files were written (another publisher); nothing is left staged. */
function stageAndRename(stagingDir: string, name: string, dir: string, files: ReleaseFiles): boolean {
  const staging = stagingPath(stagingDir, name);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [file, content] of files) {
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      writeFileSync(join(staging, file), content);
    }
    renameSync(staging, dir);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && existsSync(staging) && existsSync(dir)) {
      rmSync(staging, { recursive: true, force: true });
      return false;
    }
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
