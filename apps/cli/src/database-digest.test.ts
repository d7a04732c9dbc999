import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentProcess, processTag } from '@dataset/release/processes';
import { assertDatabaseUnchanged, recordDatabaseDigest, recordedDatabaseDigest } from './database-digest';
import { buildOwner } from './workspace-lock';

describe('the database digest a build recorded for raw', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'db-digest-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is read back by the same build', () => {
    const dir = tempDir();
    recordDatabaseDigest('3:abc', dir);
    expect(recordedDatabaseDigest(dir)).toBe('3:abc');
  });

  it('is not another build’s: a record of a build that started later than ours belongs to it only when ours has none', () => {
    const dir = tempDir();
    const owner = buildOwner();
    const other = { digest: '9:other', recordedBy: { pid: 1, start: '0' } };
    writeFileSync(join(dir, '1-0.json'), JSON.stringify(other));
    // Recorded by a process older than our build: hashed for an earlier build, not ours.
    expect(recordedDatabaseDigest(dir, owner)).toBeUndefined();
    writeFileSync(join(dir, '2-0.json'), JSON.stringify({ digest: '4:daemon', recordedBy: currentProcess() }));
    expect(recordedDatabaseDigest(dir, owner)).toBe('4:daemon');
    writeFileSync(join(dir, `${processTag(owner)}.json`), JSON.stringify({ digest: '5:own', recordedBy: currentProcess() }));
    expect(recordedDatabaseDigest(dir, owner)).toBe('5:own');
  });

  it('removes the records of builds that have ended', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '999999999-1.json'), JSON.stringify({ digest: '1:gone', recordedBy: { pid: 999999999, start: '1' } }));
    recordDatabaseDigest('2:now', dir);
    expect(existsSync(join(dir, '999999999-1.json'))).toBe(false);
    expect(existsSync(join(dir, `${processTag(buildOwner())}.json`))).toBe(true);
  });

  it('fails raw on a mismatch, naming it as a change during the build, and passes without a record', () => {
    expect(() => assertDatabaseUnchanged('3:abc', '3:abc')).not.toThrow();
    expect(() => assertDatabaseUnchanged('3:abc', undefined)).not.toThrow();
    expect(() => assertDatabaseUnchanged('3:abd', '3:abc')).toThrow(/the database changed during the build.*rerun/);
  });
});
