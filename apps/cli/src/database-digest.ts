import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseError } from '@dataset/sources';
import { currentProcess, isRunning, parseProcessTag, processTag, type ProcessId } from '@dataset/release/processes';
import { buildOwner } from './workspace-lock';

/**
 * Nx computes `raw`'s cache key (the runtime fingerprint, one snapshot of the rows) before `raw` reads the
 * rows (another snapshot). A row written in between would be cached under the key of the rows before it, and
 * restored whenever the table returns to that state: a stale hit. So the fingerprint leaves the digest it
 * printed here, under the build it was computed for (the `nx` process, as the workspace lock finds it), and
 * `raw` compares it with the digest of the snapshot it read; on a mismatch the task fails and nothing is
 * cached.
 */
interface DigestRecord {
  digest: string;
  /** The fingerprint process: with the Nx daemon, hashing runs outside the build's process tree. */
  recordedBy: ProcessId;
}

const defaultDir = () => resolve('.cache/database-digest');

export function recordDatabaseDigest(digest: string, dir = defaultDir()): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const owner = parseProcessTag(name.replace(/\.json$/, ''));
    if (name.endsWith('.json') && owner && !isRunning(owner)) rmSync(join(dir, name), { force: true });
  }
  const file = join(dir, `${processTag(buildOwner())}.json`);
  const record: DigestRecord = { digest, recordedBy: currentProcess() };
  writeFileSync(`${file}.tmp-${process.pid}`, JSON.stringify(record));
  renameSync(`${file}.tmp-${process.pid}`, file);
}

/**
 * The digest recorded for this build: its own record, or — when hashing ran in the daemon — the newest one
 * recorded by a process that started after the build's `nx` did. None when the stage runs outside Nx.
 */
export function recordedDatabaseDigest(dir = defaultDir(), owner: ProcessId = buildOwner()): string | undefined {
  const records = new Map<string, DigestRecord>();
  try {
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        records.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, name), 'utf8')) as DigestRecord);
      } catch {
        // removed or half-written by another build meanwhile: not this build's record
      }
    }
  } catch {
    return undefined;
  }
  const own = records.get(processTag(owner));
  if (own) return own.digest;
  if (owner.start === null) return undefined;
  const later = [...records.values()]
    .filter((r) => r.recordedBy.start !== null && Number(r.recordedBy.start) >= Number(owner.start))
    .sort((a, b) => Number(b.recordedBy.start) - Number(a.recordedBy.start));
  return later[0]?.digest;
}

export function assertDatabaseUnchanged(readDigest: string, recorded: string | undefined): void {
  if (recorded !== undefined && recorded !== readDigest) {
    throw new DatabaseError(
      'the database changed during the build: the rows raw read are not those its cache key was computed from ' +
        `(${recorded.split(':')[0]} rows then, ${readDigest.split(':')[0]} now); nothing was cached — rerun the build`,
    );
  }
}
