import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeCode, type FoundCode } from './code';

/**
 * `<dir>/<name>.tsx` files as name → contents, sorted; an absent folder is an empty map. A file that is not
 * UTF-8 is not an error of the run: its entry says so, and `raw` refuses that one template.
 */
export function readTsxFolder(dir: string | null): Map<string, FoundCode> {
  const files = new Map<string, FoundCode>();
  if (!dir || !existsSync(dir)) return files;
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.tsx')) continue;
    files.set(basename(entry, '.tsx'), decodeCode(readFileSync(join(dir, entry)), `${basename(dir)}/${entry}`));
  }
  return files;
}
