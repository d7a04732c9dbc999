import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256 } from '@dataset/domain';

/**
 * The code version of a stage: a digest of its source files (tests excluded) and the lockfile.
 * Derived from the files themselves, so there is no version constant to forget to bump.
 */
export function codeVersion(workspaceRoot: string, paths: readonly string[]): string {
  const files: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else if (!/\.test\.ts$/.test(path)) {
      files.push(path);
    }
  };
  for (const path of paths) walk(join(workspaceRoot, path));
  const lines = files.sort().map((file) => `${relative(workspaceRoot, file)} ${sha256(readFileSync(file))}`);
  return sha256(lines.join('\n'));
}
