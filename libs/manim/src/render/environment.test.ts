import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MANIM_VERSION } from '../manim-version';
import { installedManimVersion, renderVenvPath, setupRenderEnvironment } from './environment';

const WORKSPACE = fileURLToPath(new URL('../../../..', import.meta.url));
const VENV = renderVenvPath(WORKSPACE);

describe('the render environment setup', () => {
  it('lives in .cache/manim-venv unless MANIM_VENV says otherwise', () => {
    expect(renderVenvPath('/ws', {})).toBe('/ws/.cache/manim-venv');
    expect(renderVenvPath('/ws', { MANIM_VENV: 'elsewhere/venv' })).toBe('/ws/elsewhere/venv');
  });

  it('counts an environment without its ready file as not set up (an interrupted setup is redone)', () => {
    const venv = mkdtempSync(join(tmpdir(), 'half-venv-'));
    mkdirSync(join(venv, 'bin'));
    writeFileSync(join(venv, 'bin', 'python'), '');
    expect(installedManimVersion(venv)).toBeNull();
  });

  // An interpreter that runs but has neither headers nor venv, as a bare python3 package leaves it.
  it('names the apt packages a build needs when the interpreter lacks them, before touching the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bare-python-'));
    const python = join(dir, 'python3');
    writeFileSync(python, '#!/bin/sh\n[ "$1" = --version ] && { echo "Python 3.11.2"; exit 0; }\nexit 1\n');
    chmodSync(python, 0o755);
    const venv = join(dir, 'venv');
    expect(() => setupRenderEnvironment(venv, { python })).toThrow(/missing .*python3-dev, python3-venv\. Install them with: apt-get install -y libcairo2-dev libpango1\.0-dev pkg-config python3-dev python3-venv/);
  });

  it.skipIf(installedManimVersion(VENV) === null)('installs nothing when the pinned Manim is already there', () => {
    const lines: string[] = [];
    expect(setupRenderEnvironment(VENV, { log: (line) => lines.push(line) })).toMatchObject({ venv: VENV, manim: MANIM_VERSION, installed: false });
    expect(lines).toEqual([]);
  });
});
