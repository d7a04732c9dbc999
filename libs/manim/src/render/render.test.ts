import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@dataset/domain';
import { describe, expect, it } from 'vitest';
import type { CleanedExample } from '../model';
import { findManim, renderExamples } from './render';

function example(id: string, code: string): CleanedExample {
  return { exampleId: id, source: 's', locator: id, description: 'd', descriptionOrigin: 'record', code, codeSha256: sha256(code), normalizedCode: code, normalizedSha256: sha256(code), sceneClasses: ['A'], lines: 1, tokens: 1, fixes: [] };
}

describe('render validation', () => {
  it('finds no manim when the command is not installed', () => {
    expect(findManim('manim-not-installed-here')).toBeNull();
  });

  // manim itself is not installed on this machine; a stand-in executable with manim's command line
  // exercises the real process handling: arguments, exit codes, output capture, timeouts and the cache.
  it('runs each scene once through the manim command line and reuses results for unchanged code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-manim-'));
    const command = join(dir, 'manim');
    writeFileSync(command, '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Manim Community v0.0-standin"; exit 0; fi\n[ "$1" = render ] && [ "$2" = --dry_run ] || exit 9\ngrep -q BROKEN "$4" && { echo "NameError: BROKEN" >&2; exit 1; }\ngrep -q SLOW "$4" && sleep 5\nexit 0\n');
    chmodSync(command, 0o755);
    const manim = findManim(command);
    expect(manim?.version).toBe('Manim Community v0.0-standin');
    const scenes = [example('s:1', 'ok = 1'), example('s:2', 'BROKEN'), example('s:3', 'SLOW')];
    const first = await renderExamples(scenes, manim!, [], { timeoutMs: 1000 });
    expect(first.results.map((r) => [r.exampleId, r.ok, r.fromCache])).toEqual([
      ['s:1', true, false],
      ['s:2', false, false],
      ['s:3', false, false],
    ]);
    expect(first.results[1]!.detail).toContain('NameError: BROKEN');
    expect(first.results[2]!.detail).toBe('timed out after 1000 ms');
    const second = await renderExamples(scenes.slice(0, 2), manim!, first.cache);
    expect(second.results.every((r) => r.fromCache)).toBe(true);
  });
});
