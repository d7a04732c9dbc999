import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample } from '../testing/rules';
import { sceneStructure } from './scene-structure';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const run = async (code: string) => {
  const outcome = await applyRule(sceneStructure, datasetExample(code), contextFor(checker));
  return outcome.kept ? outcome.candidate.sceneClasses : outcome.code;
};

describe('scene-structure', () => {
  it('finds Scene subclasses that define construct', async () => {
    expect(await run('class A(Scene):\n    def construct(self):\n        pass\nclass B(ThreeDScene):\n    def construct(self):\n        pass')).toEqual(['A', 'B']);
  });

  it('accepts a qualified base and a construct inherited from a class in the same code', async () => {
    expect(await run('class Base(manim.Scene):\n    def construct(self):\n        pass\nclass Child(Base):\n    pass')).toEqual(['Base', 'Child']);
  });

  it('rejects code without a Scene subclass', async () => {
    expect(await run('def make_arrow():\n    return Arrow(LEFT, RIGHT)')).toBe('NO_SCENE_CLASS');
  });

  it('rejects a scene without construct', async () => {
    expect(await run('class A(Scene):\n    def setup(self):\n        pass')).toBe('NO_CONSTRUCT');
  });
});
