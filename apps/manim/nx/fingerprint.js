// @ts-check
/**
 * Prints a sha256 over a file, or over every file of a folder (sorted relative paths and contents):
 * the Nx `runtime` input for sources that live outside the workspace, where Nx cannot glob.
 *
 *   node apps/manim/nx/fingerprint.js /data/big-dataset.jsonl
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @param {string} root */
function filesUnder(root) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

const target = process.argv[2];
if (!target) {
  console.error('usage: fingerprint.js <file-or-folder>');
  process.exit(1);
}
const hash = createHash('sha256');
try {
  const files = statSync(target).isDirectory() ? filesUnder(target) : [target];
  for (const file of files) hash.update(relative(target, file)).update('\0').update(readFileSync(file)).update('\0');
  console.log(hash.digest('hex'));
} catch (error) {
  // A missing source must still hash (to "missing") so Nx can run the task and report it properly.
  console.log(`missing:${/** @type {NodeJS.ErrnoException} */ (error).code ?? 'error'}`);
}
