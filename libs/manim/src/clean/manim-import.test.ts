import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample, fixCodes, keptCode } from '../testing/rules';
import { manimImport } from './manim-import';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const SCENE = 'class A(Scene):\n    def construct(self):\n        self.add(Circle())';
const run = (code: string) => applyRule(manimImport, datasetExample(code), contextFor(checker));

describe('manim-import', () => {
  it('adds `from manim import *` when no manim import is there', async () => {
    const outcome = await run(SCENE);
    expect(keptCode(outcome)).toBe(`from manim import *\n\n${SCENE}`);
    expect(fixCodes(outcome)).toEqual(['MANIM_IMPORT_ADDED']);
  });

  it.each(['from manim import *', 'import manim', 'from manim import Scene, Circle', 'from manim.utils.color import RED'])('accepts `%s` as the import', async (line) => {
    expect(fixCodes(await run(`${line}\n\n${SCENE}`))).toEqual([]);
  });

  it('puts the import after a module docstring and __future__ imports', async () => {
    const code = `"""Doc."""\nfrom __future__ import annotations\n\n${SCENE}`;
    expect(keptCode(await run(code))).toBe(`"""Doc."""\nfrom __future__ import annotations\nfrom manim import *\n\n\n${SCENE}`);
  });
});
