import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample, fixCodes, keptCode } from '../testing/rules';
import { categorize, contextWords } from './asset-placeholders';
import { assets } from './assets';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const scene = (...body: string[]) => ['from manim import *', 'class A(Scene):', '    def construct(self):', ...body.map((l) => `        ${l}`)].join('\n');
const run = (code: string, exists: (path: string) => boolean = () => false) =>
  applyRule(assets, datasetExample(code), contextFor(checker, { assetExists: (_example, path) => exists(path) }));

describe('assets', () => {
  it('replaces a missing character image by a stick figure and keeps its position and scale calls', async () => {
    const outcome = await run(scene('teacher = ImageMobject("assets/teacher.png").scale(0.6).to_edge(LEFT)', 'self.add(teacher)'));
    const code = keptCode(outcome);
    expect(code).toMatch(/teacher = VGroup\(Circle\(radius=0\.25\).*\)\.scale\(0\.6\)\.to_edge\(LEFT\)/);
    expect(code).not.toContain('ImageMobject');
    expect(fixCodes(outcome)).toEqual(['ASSET_PLACEHOLDER_CHARACTER']);
  });

  it.each([
    ['factory.svg', 'icon', 'ASSET_PLACEHOLDER_ICON', 'Rectangle(width=0.3'],
    ['photos/beach.jpg', 'photo', 'ASSET_PLACEHOLDER_PHOTO', 'Text("beach"'],
    ['night_sky_background.png', 'background', 'ASSET_PLACEHOLDER_BACKGROUND', 'fill_color=DARK_BLUE'],
    ['integral.svg', 'math', 'ASSET_PLACEHOLDER_MATH', 'MathTex(r"\\int")'],
  ])('turns a missing %s into a %s stand-in', async (file, _category, fix, fragment) => {
    const loader = file.endsWith('.svg') ? 'SVGMobject' : 'ImageMobject';
    const outcome = await run(scene(`thing = ${loader}("${file}")`, 'self.add(thing)'));
    expect(fixCodes(outcome)).toEqual([fix]);
    expect(keptCode(outcome)).toContain(fragment);
  });

  it('restates height and colour given to the loader', async () => {
    const code = keptCode(await run(scene('logo = SVGMobject("logo.svg", height=2, color=RED)', 'self.add(logo)')));
    expect(code).toContain('.scale_to_fit_height(2).set_color(RED)');
  });

  it('removes a missing sound, leaving `pass` when the block would be empty', async () => {
    const removed = keptCode(await run(scene('self.add_sound("click.wav")', 'self.wait()')));
    expect(removed).toBe(scene('self.wait()'));
    const emptied = await run(scene('self.add_sound("click.wav")'));
    expect(keptCode(emptied)).toBe(scene('pass'));
    expect(fixCodes(emptied)).toEqual(['ASSET_SOUND_REMOVED']);
  });

  it('keeps an asset that exists where the code would look for it', async () => {
    const code = scene('logo = SVGMobject("logo.svg")', 'self.add(logo)');
    expect(fixCodes(await run(code, (path) => path === 'logo.svg'))).toEqual([]);
  });

  it.each([
    ['an array variable', 'pixels = ImageMobject(image_array)'],
    ['numbers built in place', 'pixels = ImageMobject(np.uint8([[0, 100, 30], [200, 255, 0]]))'],
    ['a keyword array', 'pixels = ImageMobject(filename_or_array=np.zeros((4, 4, 3), dtype=np.uint8))'],
    ['a path computed at run time', 'pixels = ImageMobject(self.pick_file())'],
  ])('leaves an image built from %s as written', async (_case, line) => {
    const code = scene('image_array = np.uint8([[0, 255]])', line, 'self.add(pixels)');
    const outcome = await run(code);
    expect(keptCode(outcome)).toBe(code);
    expect(fixCodes(outcome)).toEqual([]);
  });

  it('replaces a missing path built from literals or a constant, and keeps one that exists', async () => {
    const code = ['from manim import *', 'import os', 'ASSETS = "assets"', 'class A(Scene):', '    def construct(self):', '        self.add(ImageMobject(os.path.join(ASSETS, "teacher.png")))'].join('\n');
    expect(fixCodes(await run(code))).toEqual(['ASSET_PLACEHOLDER_CHARACTER']);
    expect(fixCodes(await run(code, (path) => path === 'assets/teacher.png'))).toEqual([]);
  });

  it('reads what an image shows from its path and variable, the first known word deciding', () => {
    expect(categorize(contextWords('img/TeamPhoto.png', 'teacher'), 'image')).toBe('character');
    expect(categorize(contextWords('x.png', null), 'image')).toBe('photo');
    expect(categorize(contextWords('x.svg', null), 'svg')).toBe('icon');
  });
});
