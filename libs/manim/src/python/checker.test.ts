import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonUnavailableError } from '../errors';
import { PythonChecker } from './checker';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const facts = async (code: string) => {
  const parsed = await checker.analyze(code);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

describe('the CPython checker', () => {
  it('says clearly how to get python3 when the interpreter is missing', async () => {
    const failure = PythonChecker.start('python3-that-does-not-exist');
    await expect(failure).rejects.toBeInstanceOf(PythonUnavailableError);
    await expect(failure).rejects.toThrow(/not found on PATH.*apt-get install python3/s);
  });

  it('reports syntax errors with their line and column', async () => {
    const parsed = await checker.analyze('class A(Scene):\n    def construct(self)\n        pass\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ kind: 'syntax', line: 2 });
  });

  it('rejects what only the compiler catches, like return outside a function', async () => {
    expect((await checker.analyze('return 1')).ok).toBe(false);
  });

  it('answers many requests from one process, in order, even when pipelined', async () => {
    const codes = Array.from({ length: 50 }, (_, i) => (i % 7 === 0 ? `x = (${i}` : `x = ${i}`));
    const results = await Promise.all(codes.map((c) => checker.analyze(c)));
    expect(results.map((r) => r.ok)).toEqual(codes.map((c) => !c.includes('(')));
  });

  it('lists top-level definitions with what each binds and uses', async () => {
    const { statements } = await facts('from manim import *\nimport numpy as np\nR = 2\n\ndef dot(c):\n    return Dot(radius=R, color=c)\n\nclass A(Scene):\n    def construct(self):\n        self.add(dot(RED))\n');
    expect(statements.map((s) => [s.kind, s.binds])).toEqual([
      ['from-import', []],
      ['import', ['np']],
      ['assign', ['R']],
      ['function', ['dot']],
      ['class', ['A']],
    ]);
    expect(statements[3]!.uses).toEqual(['Dot', 'R']);
    expect(statements[4]!.uses).toEqual(['RED', 'Scene', 'dot']);
  });

  it('follows Python scoping: parameters, comprehension variables and locals are not free names', async () => {
    const { statements } = await facts('def f(a, *rest, k=DEFAULT):\n    total = sum(x * a for x in rest)\n    return [total + y for y in range(k)] + helper()\n');
    expect(statements[0]!.uses).toEqual(['DEFAULT', 'helper', 'range', 'sum']);
  });

  it('knows a class attribute is not visible inside its methods', async () => {
    const { statements } = await facts('class A(Scene):\n    color = RED\n    def construct(self):\n        self.add(Dot(color=color))\n');
    expect(statements[0]!.uses).toContain('color');
  });

  it('gives character offsets even after non-ASCII text', async () => {
    const code = 'label = Text("café")\nimg = ImageMobject("photo.png")\n';
    const call = (await facts(code)).calls.find((c) => c.func === 'ImageMobject')!;
    expect(code.slice(call.start, call.end)).toBe('ImageMobject("photo.png")');
    expect(call.args[0]!.literal).toBe('photo.png');
  });

  it('resolves a path argument built from literals or a name assigned once, and leaves anything computed unresolved', async () => {
    const code = [
      'import os',
      'LOGO = "assets/logo.png"',
      'DIR = "img"',
      'a = ImageMobject(LOGO)',
      'b = ImageMobject(os.path.join(DIR, "a.png"))',
      'c = ImageMobject(f"{DIR}/b.png")',
      'd = ImageMobject(Path("img") / "c.png")',
      'e = ImageMobject(np.uint8([[0, 255]]))',
      'f = ImageMobject(image_array)',
      'for name in ["x.png", "y.png"]:',
      '    g = ImageMobject(name)',
    ].join('\n');
    const paths = (await facts(code)).calls.filter((c) => c.func === 'ImageMobject').map((c) => c.args[0]!.literal);
    expect(paths).toEqual(['assets/logo.png', 'img/a.png', 'img/b.png', 'img/c.png', null, null, null]);
  });

  it('lists the names a module reads but never binds, through every scope', async () => {
    const code = [
      'from manim import *',
      'try:',
      '    import scipy',
      'except ImportError:',
      '    scipy = None',
      'def reset():',
      '    global counter',
      '    counter = 0',
      'class A(Scene):',
      '    def construct(self, *items, scale=1):',
      '        squares = [Square(side_length=k) for k in range(3)]',
      '        if (n := len(items)) > 0:',
      '            pass',
      '        def helper(x):',
      '            return x + scale',
      '        for i, s in enumerate(squares):',
      '            s.shift(RIGHT * helper(i))',
      '        self.play(Write(Text("x", font_size=n)), run_time=counter)',
      '        self.add(get_tex_indexes(scipy, __file__))',
    ].join('\n');
    expect((await facts(code)).unbound).toEqual(['ImportError', 'RIGHT', 'Scene', 'Square', 'Text', 'Write', '__file__', 'enumerate', 'get_tex_indexes', 'len', 'range']);
  });

  it('evaluates a comprehension’s first iterable where it is written, so a class body’s names reach it', async () => {
    const code = 'class A(Scene):\n    N = 3\n    squares = [Square(i) for i in range(N)]\n';
    expect((await facts(code)).unbound).toEqual(['Scene', 'Square', 'range']);
    // A later iterable runs inside the comprehension, which does not see the class body.
    expect((await facts(code + '    pairs = [(i, j) for i in range(2) for j in range(N)]\n')).unbound).toEqual(['N', 'Scene', 'Square', 'range']);
  });

  it('knows the standard library of its interpreter', () => {
    expect(checker.stdlib.has('math')).toBe(true);
    expect(checker.stdlib.has('numpy')).toBe(false);
  });

  it('normalizes away comments, docstrings and formatting, and nothing else', async () => {
    const a = await checker.normalize('from manim import *\n# note\nclass A(Scene):\n    """Doc."""\n    def construct(self):\n        self.play(  Create(Circle(radius = 1)) )  # draw\n');
    const b = await checker.normalize('from manim import *\nclass A(Scene):\n  def construct(self): self.play(Create(Circle(radius=1)))\n');
    const c = await checker.normalize('from manim import *\nclass A(Scene):\n  def construct(self): self.play(Create(Circle(radius=2)))\n');
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.value).toBe(b.value);
      expect(c.value).not.toBe(a.value);
    }
  });

  it('tokenizes a flattened line with character positions', async () => {
    const code = "t = Text('é') self.add(t)";
    const tokens = await checker.tokens(code);
    expect(tokens.ok).toBe(true);
    if (tokens.ok) expect(tokens.value.map((t) => code.slice(t.start, t.end))).toEqual(tokens.value.map((t) => t.string));
  });
});
