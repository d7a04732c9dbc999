import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** `<dir>/<name>.tsx` files as name → contents, sorted; an absent folder is an empty map. */
export function readTsxFolder(dir: string | null): Map<string, string> {
  const files = new Map<string, string>();
  if (!dir || !existsSync(dir)) return files;
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.tsx')) continue;
    files.set(basename(entry, '.tsx'), readFileSync(join(dir, entry), 'utf8'));
  }
  return files;
}
