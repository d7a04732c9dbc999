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
    expect(outcome.kept ? 'kept' : outcome.code).toBe('REPAIR_AMBIGUOUS');
    if (!outcome.kept) expect(outcome.message).toMatch(/2 different indentations of the line are consistent/);
  });

  describe('with no indentation left, repairs only a structure that is the only consistent one', () => {
    const flatten = (scene: string) => scene.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    const repaired = async (scene: string) => {
      const outcome = await repair(flatten(scene));
      expect(fixCodes(outcome)).toEqual(['FLATTENED_STRUCTURE_REPAIRED']);
      expect(await sameProgram(keptCode(outcome), scene)).toBe(true);
    };
    const ambiguous = async (scene: string) => {
      const outcome = await repair(flatten(scene));
      expect(outcome.kept ? `kept:\n${keptCode(outcome)}` : outcome.code).toBe('REPAIR_AMBIGUOUS');
    };
    const lines = (...l: string[]) => l.join('\n');

    it('keeps a def nested in construct there, not at module level with construct inside it', () =>
      repaired(lines(
        'from manim import *',
        'class Lift(Scene):',
        '    def construct(self):',
        '        dots = VGroup(*[Dot() for _ in range(3)])',
        '        def lift(m):',
        '            return m.shift(UP)',
        '        self.play(lift(dots))',
        '        self.wait()',
      )));

    it('keeps a def that opens construct nested in it', () =>
      repaired(lines('from manim import *', 'class Twice(Scene):', '    def construct(self):', '        def twice(x):', '            return x * 2', '        self.add(Square(side_length=twice(1)))')));

    it('refuses a nested def whose body could as well run on to the end of construct', () =>
      ambiguous(lines(
        'from manim import *',
        'class Lift(Scene):',
        '    def construct(self):',
        '        dots = VGroup(Dot(), Dot())',
        '        def lift(m):',
        '            m.shift(UP)',
        '        lift(dots)',
        '        self.play(FadeIn(dots))',
      )));

    it('puts helper functions before or after the scene at module level', async () => {
      await repaired(lines('from manim import *', 'def make_dot(color):', '    return Dot(color=color)', 'class Dots(Scene):', '    def construct(self):', '        self.add(make_dot(RED))'));
      // Nested in construct it would be read before it is bound; in the class body it would be a method without self.
      await repaired(lines('from manim import *', 'class Dots(Scene):', '    def construct(self):', '        self.add(make_dot(RED))', 'def make_dot(color):', '    return Dot(color=color)'));
    });

    it('repairs nested classes: one in the scene class, one in construct', async () => {
      await repaired(lines('from manim import *', 'class Board(Scene):', '    class Style:', '        color = BLUE', '    def construct(self):', '        self.add(Square(color=self.Style.color))'));
      await repaired(lines(
        'from manim import *',
        'class Marked(Scene):',
        '    def construct(self):',
        '        class Marker(Dot):',
        '            def mark(self):',
        '                return self.set_color(RED)',
        '        self.add(Marker().mark())',
      ));
    });

    it('repairs a loop that ends construct, and refuses one followed by statements', async () => {
      await repaired(lines(
        'from manim import *',
        'class Hop(Scene):',
        '    def construct(self):',
        '        dot = Dot()',
        '        for step in range(3):',
        '            self.play(dot.animate.shift(RIGHT * step))',
        '    def shifted(self, mobjects):',
        '        return VGroup(*mobjects).shift(UP)',
      ));
      await ambiguous(lines('from manim import *', 'class Hop(Scene):', '    def construct(self):', '        dot = Dot()', '        for step in range(3):', '            self.play(dot.animate.shift(RIGHT))', '        self.wait()'));
    });

    it('repairs an if/elif/else chain whose branches return, and refuses one followed by statements', async () => {
      await repaired(lines(
        'from manim import *',
        'class Choose(Scene):',
        '    def construct(self):',
        '        self.add(self.shape(2))',
        '    def shape(self, n):',
        '        if n == 1:',
        '            return Circle()',
        '        elif n == 2:',
        '            return Square()',
        '        else:',
        '            return Triangle()',
      ));
      await ambiguous(lines(
        'from manim import *',
        'class Choose(Scene):',
        '    def construct(self):',
        '        n = 2',
        '        if n == 1:',
        '            shape = Circle()',
        '        elif n == 2:',
        '            shape = Square()',
        '        else:',
        '            shape = Triangle()',
        '        self.add(shape)',
      ));
    });

    it('keeps decorators with what they decorate', () =>
      repaired(lines(
        'from manim import *',
        'class Spin(Scene):',
        '    @staticmethod',
        '    def square():',
        '        return Square(color=BLUE)',
        '    def construct(self):',
        '        s = self.square()',
        '        self.play(Rotate(s, PI / 4))',
      )));

    it('proves a long scene within its search budget (closing a scope that later reads need is never tried further)', async () => {
      const body = Array.from({ length: 150 }, (_, k) => `        x${k} = Square(side_length=${k + 1})`);
      const names = body.map((_, k) => `x${k}`).join(', ');
      await repaired(lines('from manim import *', 'class Big(Scene):', '    def construct(self):', ...body, '        for i in range(2):', `            self.add(${names})`, '    def helper(self):', '        return 1'));
    });

    it('keeps a `;` chain on its line, so the repair flattens back to the same tokens', () =>
      repaired(lines('from manim import *', 'class Semi(Scene):', '    def construct(self):', '        c = Circle(); self.add(c)', '        self.wait()')));
  });

  it('refuses when a # comment swallowed the rest of the line', async () => {
    const outcome = await repair('from manim import * class A(Scene): # the scene def construct(self): self.wait()');
    expect(outcome.kept ? 'kept' : outcome.code).toBe('FLATTENED_UNREPAIRABLE');
  });

  it('repairs any straight-line scene flattened either way into the same program, or proves it ambiguous', async () => {
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
        // c and t are bound first: a scene reading a local before binding it would not run, and is refused.
        const scene = ['from manim import *', 'class S(Scene):', '    def construct(self):', '        c = Circle()', "        t = Text('x')", ...body.map((s) => `        ${s}`)].join('\n');
        const flat = keepIndent ? scene.replace(/\n/g, '') : scene.split('\n').map((l) => l.trim()).join(' ');
        const outcome = await repair(flat);
        // With no indentation left, a last statement that reads nothing of construct (`v = ValueTracker(0)`)
        // could as well be a class attribute or module code: only one that reads `self` settles it.
        if (keepIndent || body[body.length - 1]!.startsWith('self.')) expect(await sameProgram(keptCode(outcome), scene)).toBe(true);
        else expect(outcome.kept ? await sameProgram(keptCode(outcome), scene) : outcome.code === 'REPAIR_AMBIGUOUS').toBe(true);
      }),
      { numRuns: 40, seed: 5 },
    );
  });
});
