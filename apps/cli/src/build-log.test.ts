import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeBuild, noteRan, noteWork } from './build-log';

describe('what this build did, kept out of the replayed log', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-log-'));
    vi.stubEnv('NX_TASK_HASH', 'abc');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('says for each asset whether it ran, with its notes, or came from the cache', () => {
    noteWork('sanitized', '1 rebuilt, 40 reused', root);
    noteRan('sanitized', root);
    noteRan('splits', root);
    expect(describeBuild(['raw', 'sanitized', 'splits'], root)).toEqual([
      'build: raw from cache',
      'build: sanitized ran — 1 rebuilt, 40 reused',
      'build: splits ran',
    ]);
  });

  it('forgets a build once described, and the notes of builds that ended', () => {
    mkdirSync(join(root, '999999999-1'));
    noteRan('raw', root);
    describeBuild(['raw'], root);
    expect(describeBuild(['raw'], root)).toEqual(['build: raw from cache']);
    expect(existsSync(join(root, '999999999-1'))).toBe(false);
  });

  it('prints the work at once when no Nx runs the stage (nothing would replay it)', () => {
    vi.stubEnv('NX_TASK_HASH', '');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    noteWork('sanitized', '2 rebuilt, 0 reused', root);
    expect(log).toHaveBeenCalledWith('sanitized: 2 rebuilt, 0 reused');
    log.mockRestore();
    expect(describeBuild(['sanitized'], root)).toEqual([]);
  });
});
