import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import type { SourceIndex } from '../sources/plugin';
import { applyRule, contextFor, datasetExample, fixCodes, keptCode } from '../testing/rules';
import { planInlining, selfContained } from './self-contained';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const FILE = [
  'from manim import *',
  'import numpy as np',
  'from helpers import make_grid',
  '',
  'ACCENT = TEAL',
  'UNUSED = 3',
  '',
  'def dot_at(point):',
  '    return Dot(point, color=ACCENT)',
  '',
  'class Dots(Scene):',
  '    def construct(self):',
  '        self.add(*[dot_at(p) for p in np.eye(3)])',
  '',
  'class Grid(Scene):',
  '    def construct(self):',
  '        self.add(make_grid(2, 2))',
  '',
].join('\n');

const index: SourceIndex = { definitions: new Map([['make_grid', ['helpers.py']], ['Ripple', ['demo.jsonl:5']]]), localModules: new Set(['helpers']) };

/** A repository example: one class cut from FILE, as the repo source produces it. */
function repoScene(name: string) {
  const start = FILE.indexOf(`class ${name}`);
  const end = FILE.indexOf('\n\n', start);
  return datasetExample(FILE.slice(start, end < 0 ? undefined : end), { module: { file: 'scenes.py', code: FILE }, locator: `scenes.py::${name}` });
}

describe('self-contained', () => {
  it('inlines what a scene uses from its own file, transitively, and nothing else', async () => {
    const outcome = await applyRule(selfContained, repoScene('Dots'), contextFor(checker, { index }));
    const code = keptCode(outcome);
    expect(code).toContain('ACCENT = TEAL');
    expect(code).toContain('def dot_at(point):');
    expect(code).toContain('import numpy as np');
    expect(code).toContain('from manim import *');
    expect(code).not.toContain('UNUSED');
    expect(code).not.toContain('make_grid');
    expect(fixCodes(outcome)).toEqual(['DEFINITION_INLINED']);
    expect((await checker.analyze(code)).ok).toBe(true);
  });

  it('rejects a scene that imports a helper from another file of the repository', async () => {
    const outcome = await applyRule(selfContained, repoScene('Grid'), contextFor(checker, { index }));
    expect(outcome.kept ? 'kept' : `${outcome.code}: ${outcome.message}`).toBe('INTER_SCENE_DEPENDENCY: uses make_grid (imported from helpers)');
  });

  it('rejects a dataset example that builds on a class another example defines', async () => {
    const example = datasetExample('from manim import *\nclass Grey(Ripple):\n    def construct(self):\n        super().construct()');
    const outcome = await applyRule(selfContained, example, contextFor(checker, { index }));
    expect(outcome.kept ? 'kept' : outcome.message).toBe('uses Ripple (defined in demo.jsonl:5)');
  });

  it('assumes names defined nowhere in the source come from the star import', async () => {
    const example = datasetExample('from manim import *\nclass A(Scene):\n    def construct(self):\n        self.play(Create(Circle()), run_time=len("ab"))');
    const outcome = await applyRule(selfContained, example, contextFor(checker, { index }));
    expect(keptCode(outcome)).toBe(example.text);
  });

  it('plans inlining from facts alone', async () => {
    const file = await checker.analyze(FILE);
    const scene = await checker.analyze(repoScene('Dots').text);
    if (!file.ok || !scene.ok) throw new Error('fixture must parse');
    const plan = planInlining(scene.value, file.value, checker.builtins);
    expect(plan.pulled.flatMap((s) => s.binds)).toEqual(['np', 'ACCENT', 'dot_at']);
    expect(plan.unresolved).toEqual(['Dot', 'Scene', 'TEAL']);
  });
});
