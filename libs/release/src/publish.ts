import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReleaseFiles } from './files';

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

/** A directory holds exactly this release: same file names, same bytes. */
export function holdsRelease(dir: string, files: ReleaseFiles): boolean {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  const present = listFiles(dir).sort();
  const wanted = [...files.keys()].sort();
  if (present.length !== wanted.length || present.some((name, i) => name !== wanted[i])) return false;
  return wanted.every((name) => Buffer.from(files.get(name)!).equals(readFileSync(join(dir, name))));
}

/**
 * Writes the release under `<releaseDir>/<tag>` unless that holds a different dataset, then `<tag>-1`, …
 * An identical existing release is reported and nothing is written. Files go to a temporary sibling first
 * and are renamed into place, so a crash never leaves a half-written release.
 */
export function publishRelease(releaseDir: string, tag: string, files: ReleaseFiles): PublishOutcome {
  for (let attempt = 0; ; attempt++) {
    const name = candidateName(tag, attempt);
    const dir = join(releaseDir, name);
    if (holdsRelease(dir, files)) return { kind: 'identical', name, dir };
    if (existsSync(dir)) continue;
    mkdirSync(releaseDir, { recursive: true });
    const staging = join(releaseDir, `.${name}.tmp-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    for (const [file, content] of files) {
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      writeFileSync(join(staging, file), content);
    }
    renameSync(staging, dir);
    return { kind: 'written', name, dir };
  }
}
