import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The packages whose versions decide what a scene renders to. */
const RENDER_PACKAGES = ['remotion', '@remotion/bundler', '@remotion/renderer', 'react', 'react-dom'] as const;

export function renderPackageVersions(): Record<string, string> {
  return Object.fromEntries(RENDER_PACKAGES.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]));
}

/** `Chromium 156.0.8078.79 …` as the browser reports it, or null when there is no browser at that path. */
export function chromiumVersion(executable: string): string | null {
  if (!existsSync(executable)) return null;
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * `chromiumVersion`, remembered in `memoDir` per state of the executable file (resolved path, size, mtime,
 * inode): asking the browser costs ~0.3 s and the render fingerprint asks on every build, cached or not.
 * Installing another Chromium replaces the file, which changes that state.
 */
export function memoizedChromiumVersion(executable: string, memoDir: string): string | null {
  if (!existsSync(executable)) return null;
  const real = realpathSync(executable);
  const stat = statSync(real);
  const key = createHash('sha256').update(`${real}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}`).digest('hex').slice(0, 24);
  const file = join(memoDir, `chromium-version-${key}.txt`);
  if (existsSync(file)) return readFileSync(file, 'utf8') || null;
  const version = chromiumVersion(executable);
  // Never remember a failure: a browser that could not answer once may answer next time.
  if (version !== null) {
    mkdirSync(memoDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, version);
    renameSync(temp, file);
  }
  return version;
}
