import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@dataset/domain';
import { describe, expect, it } from 'vitest';
import type { CleanedExample } from '../model';
import { installedManimVersion, latexAvailable, renderVenvPath, venvPython } from './environment';
import { openRenderEnvironment, readRenderMemo, renderExamples, type RenderEnvironment } from './render';

const WORKSPACE = fileURLToPath(new URL('../../../..', import.meta.url));
const VENV = renderVenvPath(WORKSPACE);
// CI sets the environment up first (.ci/run); elsewhere these tests wait for `npx nx run manim:setup-render`.
const READY = installedManimVersion(VENV) !== null;
if (!READY && process.env['CI']) throw new Error(`no render environment at ${VENV}: CI must run \`npx nx run manim:setup-render\` first`);

function example(id: string, construct: string): CleanedExample {
  const code = `from manim import *\n\n\nclass Scene${id.replace(/\W/g, '')}(Scene):\n    def construct(self):\n${construct
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n')}\n`;
  return { exampleId: id, source: 's', locator: id, description: 'd', descriptionOrigin: 'record', code, codeSha256: sha256(code), normalizedCode: code, normalizedSha256: sha256(code), sceneClasses: ['A'], lines: 1, tokens: 1, fixes: [] };
}

const MINUTES = 60_000;

describe('the render environment', () => {
  it('is not set up in an empty folder, which skips scenes instead of failing them', async () => {
    expect(await openRenderEnvironment(mkdtempSync(join(tmpdir(), 'no-venv-')))).toMatchObject({ code: 'RENDER_NOT_SET_UP' });
  });

  it('reads no verdict from a memo line of another shape (an older cache)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'memo-')), 'verdicts.jsonl');
    writeFileSync(path, `${JSON.stringify({ key: 'a', ok: true, detail: '' })}\nnot json\n${JSON.stringify({ key: 'b', ok: false, code: 'RENDER_SCENE_ERROR', error: 'E' })}\n`);
    expect(readRenderMemo(path)).toEqual([{ key: 'b', ok: false, code: 'RENDER_SCENE_ERROR', error: 'E' }]);
  });
});

describe.skipIf(!READY)('rendering with Manim', () => {
  let environment: RenderEnvironment;
  const open = async (env: NodeJS.ProcessEnv = process.env) => {
    const opened = await openRenderEnvironment(VENV, env);
    if ('code' in opened) throw new Error(opened.error);
    environment = opened;
  };

  it(
    'renders a scene, rejects scenes that raise or end the interpreter with their code and last line, and memoizes those verdicts',
    async () => {
      await open();
      const scenes = [
        example('s:ok', 'circle = Circle(color=BLUE)\nself.play(Create(circle))\nself.play(circle.animate.shift(RIGHT))\nself.add(Text("hi"))'),
        example('s:name', 'self.play(Write(get_tex_indexes(1)))'),
        example('s:method', 'Square().no_such_method()'),
        example('s:exit', 'import os\nos._exit(3)'),
      ];
      const first = await renderExamples(scenes, environment, []);
      expect(first.outcomes.map((o) => [o.exampleId, o.status, 'code' in o ? o.code : null])).toEqual([
        ['s:ok', 'rendered', null],
        ['s:name', 'rejected', 'RENDER_SCENE_ERROR'],
        ['s:method', 'rejected', 'RENDER_SCENE_ERROR'],
        ['s:exit', 'rejected', 'RENDER_CRASHED'],
      ]);
      expect(first.outcomes[1]).toMatchObject({ error: "NameError: name 'get_tex_indexes' is not defined", scene: 'Scenesname' });
      expect(first.outcomes[2]).toMatchObject({ error: expect.stringMatching(/^AttributeError: .*no_such_method/) });
      expect(first.memo).toHaveLength(4);
      const second = await renderExamples(scenes, environment, first.memo);
      expect(second.outcomes.every((o) => o.status !== 'skipped' && o.fromCache)).toBe(true);
      expect(second.outcomes.map((o) => o.status)).toEqual(first.outcomes.map((o) => o.status));
    },
    30 * MINUTES,
  );

  it(
    'skips a Tex scene when LaTeX is missing, a scene that never ends and one that kills the render server, memoizing none of them',
    async () => {
      // Only the environment's own bin on PATH: latex and dvisvgm cannot be found.
      await open({ ...process.env, PATH: dirname(venvPython(VENV)) });
      const tex = await renderExamples([example('s:tex', 'self.add(MathTex("x^2"))')], environment, []);
      expect(tex.outcomes[0]).toMatchObject({ status: 'skipped', code: 'LATEX_MISSING', error: '`latex` is not installed' });
      expect(tex.memo).toEqual([]);
      const endless = await renderExamples([example('s:loop', 'while True:\n    pass')], environment, [], { timeoutMs: 5000 });
      expect(endless.outcomes[0]).toMatchObject({ status: 'rejected', code: 'RENDER_TIMEOUT' });
      expect(endless.memo).toEqual([]);
      // A scene that kills the render server itself: no verdict to memoize, and the next scene is rendered
      // by a server started again.
      await open();
      const killer = await renderExamples([example('s:kill', 'import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nos._exit(1)'), example('s:after', 'self.add(Dot())')], environment, []);
      expect(killer.outcomes.map((o) => [o.exampleId, o.status, 'code' in o ? o.code : null])).toEqual([
        ['s:kill', 'rejected', 'RENDER_CRASHED'],
        ['s:after', 'rendered', null],
      ]);
      expect(killer.memo.map((m) => m.ok)).toEqual([true]);
    },
    30 * MINUTES,
  );

  it.skipIf(!latexAvailable())(
    'renders a MathTex scene where LaTeX is installed',
    async () => {
      await open();
      const run = await renderExamples([example('s:math', 'self.play(Write(MathTex(r"\\frac{1}{2} + x^2")))')], environment, []);
      expect(run.outcomes[0]).toMatchObject({ status: 'rendered' });
    },
    30 * MINUTES,
  );
});
