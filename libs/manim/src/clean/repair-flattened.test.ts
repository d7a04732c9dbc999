import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample, fixCodes, keptCode } from '../testing/rules';
import { repairFlattened, unescapeLiteralNewlines } from './repair-flattened';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const SCENE = [
  'from manim import *',
  '',
  'class Hop(Scene):',
  '    def construct(self):',
  '        line = NumberLine(x_range=[0, 5, 1])',
  "        dot = Dot(line.n2p(0), color=GREEN if True else RED)",
  '        for step in range(1, 6):',
  '            self.play(dot.animate.move_to(line.n2p(step)))',
  '        self.wait()',
].join('\n');

const repair = (text: string) => applyRule(repairFlattened, datasetExample(text), contextFor(checker));
const sameProgram = async (a: string, b: string) => {
  const [x, y] = await Promise.all([checker.normalize(a), checker.normalize(b)]);
  return x.ok && y.ok && x.value === y.value;
};

describe('repair-flattened', () => {
  it('leaves multi-line code and valid one-liners alone', async () => {
    expect(fixCodes(await repair(SCENE))).toEqual([]);
    expect(fixCodes(await repair('x = 1'))).toEqual([]);
  });

  it('turns literal \\n escapes back into lines', async () => {
    const outcome = await repair(SCENE.replace(/\n/g, '\\n'));
    expect(fixCodes(outcome)).toEqual(['FLATTENED_ESCAPES_REPAIRED']);
    expect(keptCode(outcome)).toBe(SCENE);
    expect(unescapeLiteralNewlines('no escapes')).toBeNull();
  });

  it('rebuilds lines from surviving indentation when newlines were deleted', async () => {
    const outcome = await repair(SCENE.replace(/\n/g, ''));
    expect(fixCodes(outcome)).toEqual(['FLATTENED_INDENT_REPAIRED']);
    expect(await sameProgram(keptCode(outcome), SCENE)).toBe(true);
  });

  it('rebuilds lines when each newline became a space', async () => {
    const outcome = await repair(SCENE.split('\n').filter(Boolean).join(' '));
    expect(fixCodes(outcome)).toEqual(['FLATTENED_INDENT_REPAIRED']);
    expect(await sameProgram(keptCode(outcome), SCENE)).toBe(true);
  });

  it('re-indents from class/def structure when no indentation survived', async () => {
    const scene = 'from manim import *\n\n\nclass Fade(Scene):\n    def construct(self):\n        c = Circle(radius=2)\n        self.play(FadeIn(c) if c else Wait())\n        self.play(FadeOut(c))\n\n    def helper(self):\n        return 1';
    const flat = scene.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    const outcome = await repair(flat);
    expect(fixCodes(outcome)).toEqual(['FLATTENED_STRUCTURE_REPAIRED']);
    expect(await sameProgram(keptCode(outcome), scene)).toBe(true);
  });

  it('refuses to guess where a loop ends when no indentation survived', async () => {
    const flat = SCENE.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    const outcome = await repair(flat);
    expect(outcome.kept ? 'kept' : outcome.code).toBe('FLATTENED_UNREPAIRABLE');
    if (!outcome.kept) expect(outcome.message).toMatch(/`for` block/);
  });

  it('refuses when a # comment swallowed the rest of the line', async () => {
    const outcome = await repair('from manim import * class A(Scene): # the scene def construct(self): self.wait()');
    expect(outcome.kept ? 'kept' : outcome.code).toBe('FLATTENED_UNREPAIRABLE');
  });

  it('repairs any straight-line scene flattened either way into the same program', async () => {
    const statement = fc.constantFrom(
      'c = Circle(radius=1.5, color=BLUE)',
      "t = Text('a: b', font_size=24)",
      'self.play(Create(c), run_time=2)',
      'self.play(FadeIn(t, shift=UP))',
      'self.add(Square().shift(LEFT * 2))',
      'v = ValueTracker(0)',
      'self.wait(0.5)',
      'g = VGroup(*[Dot() for _ in range(3)]).arrange(RIGHT)',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(statement, { minLength: 1, maxLength: 6 }), fc.boolean(), async (body, keepIndent) => {
        const scene = ['from manim import *', 'class S(Scene):', '    def construct(self):', ...body.map((s) => `        ${s}`)].join('\n');
        const flat = keepIndent ? scene.replace(/\n/g, '') : scene.split('\n').map((l) => l.trim()).join(' ');
        expect(await sameProgram(keptCode(await repair(flat)), scene)).toBe(true);
      }),
      { numRuns: 40, seed: 5 },
    );
  });
});
