import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample } from '../testing/rules';
import { manimDialect } from './manim-dialect';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const verdict = async (code: string, module: string | null = null) => {
  const example = datasetExample(code, module === null ? {} : { module: { file: 'scene.py', code: module } });
  const outcome = await applyRule(manimDialect, example, contextFor(checker));
  return outcome.kept ? 'kept' : `${outcome.code}: ${outcome.message}`;
};

describe('manim-dialect', () => {
  it('keeps Manim Community code', async () => {
    expect(await verdict('from manim import *\nclass A(Scene):\n    def construct(self):\n        self.play(Create(Circle()))')).toBe('kept');
  });

  it.each([
    ['a manimlib import', 'from manimlib import *\nclass A(Scene):\n    def construct(self):\n        pass', 'imports manimlib'],
    ['InteractiveScene', 'class A(InteractiveScene):\n    def construct(self):\n        pass', 'uses InteractiveScene'],
    ['ShowCreation', 'class A(Scene):\n    def construct(self):\n        self.play(ShowCreation(Circle()))', 'uses ShowCreation'],
    ['self.embed()', 'class A(Scene):\n    def construct(self):\n        self.embed()', 'calls self.embed()'],
    ['a CONFIG dict', 'class A(Scene):\n    CONFIG = {"camera_config": {}}\n    def construct(self):\n        pass', 'uses a CONFIG dict'],
  ])('rejects ManimGL code that shows %s', async (_what, code, signal) => {
    const result = await verdict(code);
    expect(result).toMatch(/^MANIMGL_DIALECT/);
    expect(result).toContain(signal);
  });

  it('sees the ManimGL import of the file a repository scene was cut from', async () => {
    const scene = 'class A(Scene):\n    def construct(self):\n        pass';
    expect(await verdict(scene, `from manimlib import *\n\n${scene}\n`)).toMatch(/^MANIMGL_DIALECT.*imports manimlib/);
  });
});
