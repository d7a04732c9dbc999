import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
