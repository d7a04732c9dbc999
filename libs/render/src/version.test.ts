import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoizedChromiumVersion } from './version';

describe('memoizedChromiumVersion', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chromium-version-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const browser = (version: string) => {
    const path = join(dir, 'browser');
    writeFileSync(path, `#!/bin/sh\necho "Chromium ${version} built here"\necho called >> "${join(dir, 'calls')}"\n`);
    chmodSync(path, 0o755);
    return path;
  };
  const calls = () => readdirSync(dir).includes('calls');

  it('asks the browser once and answers from the memo while the executable is unchanged', () => {
    const path = browser('1.0');
    expect(memoizedChromiumVersion(path, join(dir, 'memo'))).toBe('Chromium 1.0 built here');
    rmSync(join(dir, 'calls'));
    expect(memoizedChromiumVersion(path, join(dir, 'memo'))).toBe('Chromium 1.0 built here');
    expect(calls()).toBe(false);
  });

  it('asks again when the executable is replaced by another version', () => {
    memoizedChromiumVersion(browser('1.0'), join(dir, 'memo'));
    expect(memoizedChromiumVersion(browser('2.00'), join(dir, 'memo'))).toBe('Chromium 2.00 built here');
  });

  it('is null without a browser and remembers no failure', () => {
    expect(memoizedChromiumVersion(join(dir, 'absent'), join(dir, 'memo'))).toBeNull();
    const path = join(dir, 'broken');
    writeFileSync(path, '#!/bin/sh\nexit 3\n');
    chmodSync(path, 0o755);
    expect(memoizedChromiumVersion(path, join(dir, 'memo'))).toBeNull();
    expect(readdirSync(dir)).not.toContain('memo');
  });
});
