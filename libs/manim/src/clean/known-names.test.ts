import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample, pinnedManimExports } from '../testing/rules';
import { knownNames } from './known-names';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const scene = (...body: string[]) => ['from manim import *', '', 'class A(Scene):', '    def construct(self):', ...body.map((l) => `        ${l}`)].join('\n');
const run = (code: string) => applyRule(knownNames, datasetExample(code), contextFor(checker));

describe('known names', () => {
  it('rejects a helper that exists in neither the scene nor Manim, naming it', async () => {
    const outcome = await run(scene('eq = MathTex("a^2", "+", "b^2")', 'idx = get_tex_indexes(eq, "b^2")', 'self.play(Indicate(eq[idx[0]]))'));
    expect(outcome).toMatchObject({ kept: false, code: 'UNDEFINED_NAME' });
    if (!outcome.kept) expect(outcome.message).toMatch(/^uses get_tex_indexes: .*manim 0\.22\.0/);
  });

  it('keeps a scene whose every name is its own, a builtin or a Manim export', async () => {
    const code = [
      'from manim import *',
      'import random',
      'SIZE = 2',
      'def get_tex_indexes(tex, part):',
      '    return [i for i, p in enumerate(tex) if p.get_tex_string() == part]',
      'class A(MovingCameraScene):',
      '    colors = [RED, BLUE]',
      '    def construct(self, scale=1):',
      '        global last',
      '        last = None',
      '        squares = VGroup(*[Square(SIZE * scale).set_color(c) for c in self.colors])',
      '        self.play(LaggedStart(*[Create(s) for s in squares], lag_ratio=0.5), run_time=random.random())',
      '        eq = MathTex("a", "b")',
      '        self.play(Indicate(eq[get_tex_indexes(eq, "b")[0]]), rate_func=there_and_back)',
      '        self.add(Text(__file__).shift(np.array([0, 1, 0]) * config.frame_height / 4))',
    ].join('\n');
    expect(await run(code)).toMatchObject({ kept: true });
  });

  it('cannot know what another star import binds, so it keeps the scene', async () => {
    expect(await run(scene('self.add(SomethingElse())').replace('from manim import *', 'from manim import *\nfrom manim_physics import *'))).toMatchObject({ kept: true });
  });

  it('gives a scene that imports only some Manim names nothing else of Manim', async () => {
    const outcome = await run('from manim import Scene, Circle\n\nclass A(Scene):\n    def construct(self):\n        self.play(Create(Circle()))\n');
    expect(outcome).toMatchObject({ kept: false, code: 'UNDEFINED_NAME' });
    if (!outcome.kept) expect(outcome.message).toMatch(/^uses Create:/);
  });

  it('reads names from the pinned list, not from manim having been imported', () => {
    const { version, names } = pinnedManimExports();
    expect(version).toBe('0.22.0');
    for (const name of ['Scene', 'Circle', 'config', 'np', 'PI', 'there_and_back', 'ManimColor', 'XKCD']) expect(names.has(name)).toBe(true);
    for (const name of ['get_tex_indexes', 'ShowCreation', 'TextMobject']) expect(names.has(name)).toBe(false);
  });
});
