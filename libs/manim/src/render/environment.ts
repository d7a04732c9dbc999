import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RenderEnvironmentError } from '../errors';
import { MANIM_VERSION } from '../manim-version';

/**
 * Where the render environment lives, workspace-relative: under .cache/ (ignored by git, untouched by
 * `nx reset`, which clears only .nx/). MANIM_VENV points elsewhere (an e2e copy borrows the workspace's).
 */
export const DEFAULT_RENDER_VENV = '.cache/manim-venv';

/** What Debian/Ubuntu need to build Manim's Cairo and Pango bindings into a virtual environment. */
export const APT_BUILD_PACKAGES = ['libcairo2-dev', 'libpango1.0-dev', 'pkg-config', 'python3-dev', 'python3-venv'];
/** What Tex/MathTex scenes need; without them those scenes are skipped, never rejected. */
export const APT_LATEX_PACKAGES = ['texlive-latex-base', 'texlive-latex-extra', 'dvisvgm'];

/** The file written last by a completed setup: its absence means an interrupted one, to be redone. */
const READY = 'manim-render-ready.json';

export function renderVenvPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env['MANIM_VENV'] || DEFAULT_RENDER_VENV);
}

export function venvPython(venv: string): string {
  return join(venv, 'bin', 'python');
}

function run(command: string, args: string[], timeout = 60_000): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  return { ok: !result.error && result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** The Manim version a completed setup installed in `venv`, read without importing manim (fast), or null. */
export function installedManimVersion(venv: string): string | null {
  const ready = join(venv, READY);
  if (!existsSync(ready) || !existsSync(venvPython(venv))) return null;
  const probe = run(venvPython(venv), ['-c', 'import importlib.metadata as m; print(m.version("manim"))']);
  return probe.ok ? probe.output.split('\n').at(-1)! : null;
}

/** Whether LaTeX and dvisvgm are on PATH: Tex/MathTex scenes need both. */
export function latexAvailable(): boolean {
  return ['latex', 'dvisvgm'].every((tool) => run('sh', ['-c', `command -v ${tool}`]).ok);
}

/** The apt packages whose absence would make `pip install manim` fail here, from what the machine lacks. */
export function missingBuildPackages(python: string): string[] {
  const missing: string[] = [];
  if (!run('pkg-config', ['--version']).ok) missing.push('pkg-config');
  else {
    if (!run('pkg-config', ['--exists', 'cairo']).ok) missing.push('libcairo2-dev');
    if (!run('pkg-config', ['--exists', 'pangocairo']).ok) missing.push('libpango1.0-dev');
  }
  const headers = run(python, ['-c', 'import os, sysconfig; assert os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))']);
  if (!headers.ok) missing.push('python3-dev');
  if (!run(python, ['-c', 'import venv, ensurepip']).ok) missing.push('python3-venv');
  return missing;
}

export interface SetupOutcome {
  venv: string;
  manim: string;
  /** False when the environment was already complete: nothing was installed. */
  installed: boolean;
  latex: boolean;
}

/**
 * Makes `venv` a virtual environment with manim==MANIM_VERSION, or leaves it as it is when a completed
 * setup already put that version there. A missing system package is a RenderEnvironmentError naming the
 * apt-get command; an interrupted setup (no ready file) is started over.
 */
export function setupRenderEnvironment(venv: string, options: { python?: string; log?: (line: string) => void } = {}): SetupOutcome {
  const log = options.log ?? (() => undefined);
  const python = options.python ?? 'python3';
  const latex = latexAvailable();
  if (installedManimVersion(venv) === MANIM_VERSION) return { venv, manim: MANIM_VERSION, installed: false, latex };

  if (!run(python, ['--version']).ok) throw new RenderEnvironmentError(`\`${python}\` was not found; install it (apt-get install python3) or set MANIM_PYTHON`);
  const missing = missingBuildPackages(python);
  if (missing.length > 0) {
    throw new RenderEnvironmentError(`Manim's Cairo/Pango bindings cannot be built here: missing ${missing.join(', ')}. Install them with: apt-get install -y ${APT_BUILD_PACKAGES.join(' ')}`);
  }
  rmSync(venv, { recursive: true, force: true });
  log(`creating ${venv} with ${python}`);
  const created = run(python, ['-m', 'venv', venv], 300_000);
  if (!created.ok) throw new RenderEnvironmentError(`\`${python} -m venv\` failed (apt-get install -y python3-venv): ${created.output.split('\n').at(-1)}`);
  log(`installing manim==${MANIM_VERSION} (a few minutes the first time)`);
  const pip = run(venvPython(venv), ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', `manim==${MANIM_VERSION}`], 1_800_000);
  if (!pip.ok) {
    throw new RenderEnvironmentError(`pip could not install manim==${MANIM_VERSION} (if a build failed, apt-get install -y ${APT_BUILD_PACKAGES.join(' ')}):\n${pip.output.split('\n').slice(-8).join('\n')}`);
  }
  // Installed is not importable: Cairo or Pango may be missing at run time. Import it once before saying so.
  const imported = run(venvPython(venv), ['-c', 'import manim; print(manim.__version__)'], 300_000);
  if (!imported.ok) throw new RenderEnvironmentError(`manim was installed but does not import: ${imported.output.split('\n').at(-1)}`);
  writeFileSync(join(venv, READY), JSON.stringify({ manim: MANIM_VERSION }) + '\n');
  return { venv, manim: MANIM_VERSION, installed: true, latex };
}

