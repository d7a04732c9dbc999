import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPLIT_NAMES, type SplitName } from '@dataset/domain';
import { installedManimVersion, latexAvailable, renderVenvPath } from '@dataset/manim/render/environment';
import { copyManimWorkspace, nxIn } from './workspace';

/**
 * `npx nx run manim:render` in a copy of the workspace, on a handful of scenes so CI stays fast: one that
 * renders, one that raises in construct(), one that calls a method with the wrong arity, and a MathTex
 * scene (rendered where LaTeX is installed, skipped where it is not). The copy borrows the workspace's
 * render environment through MANIM_VENV: setting one up takes minutes, and `.ci/run` has done it.
 */
const WORKSPACE = fileURLToPath(new URL('../../..', import.meta.url));
const VENV = renderVenvPath(WORKSPACE);
const READY = installedManimVersion(VENV) !== null;
if (!READY && process.env['CI']) throw new Error(`no render environment at ${VENV}: CI runs \`npx nx run manim:setup-render\` before the e2e`);

const scene = (name: string, body: string) => `from manim import *\n\n\nclass ${name}(Scene):\n    def construct(self):\n${body.replace(/^/gm, '        ')}\n`;
const SCENES = [
  {
    instruction: 'Draw a blue circle, then slide it to the right while a label fades in above it.',
    output: scene('SlidingCircle', 'circle = Circle(color=BLUE)\nself.play(Create(circle))\nlabel = Text("circle").next_to(circle, UP)\nself.play(circle.animate.shift(RIGHT), FadeIn(label))'),
  },
  {
    instruction: 'Draw a yellow sun that grows from its centre, then fails with an error about its brightness.',
    output: scene('Overexposed', 'sun = Circle(color=YELLOW, fill_opacity=1)\nself.play(GrowFromCenter(sun))\nraise ValueError("the sun is too bright to draw")'),
  },
  {
    instruction: 'Show a green square and rotate it in place, forgetting to say by how much.',
    output: scene('Unturned', 'square = Square(color=GREEN)\nself.add(square)\nself.play(square.animate.rotate())'),
  },
  {
    instruction: 'Write the quadratic formula on screen, letter by letter, in white.',
    output: scene('Quadratic', 'formula = MathTex(r"x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}")\nself.play(Write(formula))'),
  },
];

let root: string;

/** Nx in the copy, building the graph from the render check's config. */
const nx = (env: Record<string, string>, ...args: string[]) => nxIn(root, { MANIM_CONFIG: 'data/manim/render-check.json', ...env }, ...args);

const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The scene classes in the dataset to train on (dist/manim/validated), by split. */
const validatedScenes = () =>
  Object.fromEntries(
    SPLIT_NAMES.map((split) => {
      const lines = readFileSync(join(root, `dist/manim/validated/${split}.jsonl`), 'utf8').split('\n').filter(Boolean);
      const code = lines.map((line) => (JSON.parse(line) as { messages: { role: string; content: string }[] }).messages.at(-1)!.content);
      return [split, code.flatMap((c) => [...c.matchAll(/^class (\w+)\(Scene\)/gm)].map((m) => m[1]!))];
    }),
  ) as Record<SplitName, string[]>;
const combinedSplitOf = (scene: string) =>
  SPLIT_NAMES.find((split) => readFileSync(join(root, `dist/manim/combined/${split}.jsonl`), 'utf8').includes(`class ${scene}(Scene)`));

beforeAll(() => {
  root = copyManimWorkspace();
  writeFileSync(join(root, 'data/manim/render-check.jsonl'), SCENES.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const config = readJson('data/manim/sources.json') as object;
  writeFileSync(join(root, 'data/manim/render-check.json'), JSON.stringify({ ...config, sources: [{ name: 'render-check', kind: 'jsonl-flat', path: 'render-check.jsonl', priority: 10 }] }, null, 2) + '\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('nx run manim:render, end to end', () => {
  it('skips every scene without a render environment, saying how to set one up, and records no verdict', () => {
    const output = nx({ MANIM_VENV: join(root, '.cache/no-venv') }, 'run', 'manim:render');
    expect(output).toMatch(/render: skipped — no render environment at .*: run `npx nx run manim:setup-render`/);
    expect(readJson('dist/manim/combined/report.json').sources[0]).toMatchObject({ name: 'render-check', read: 4 });
    const report = readJson('dist/manim/render/report.json');
    expect(report).toMatchObject({ scenes: 4, rendered: 0, rejected: 0, skipped: 4, skippedByCode: { RENDER_NOT_SET_UP: 4 } });
    expect(readFileSync(join(root, 'dist/manim/render/card.md'), 'utf8')).toContain('| 4 | 0 | 0 | 0 | 4 |');
    expect(readdirSync(join(root, 'dist/manim')).includes('render-cache')).toBe(false);

    // Nothing was rendered, so nothing is removed: the dataset keeps every scene and its card says none is validated.
    expect(nx({ MANIM_VENV: join(root, '.cache/no-venv') }, 'run', 'manim:validated')).toMatch(/validated: 4 of 4 examples .*0 rendered, 4 not render-validated, 0 removed/);
    expect(Object.values(validatedScenes()).flat().sort()).toEqual(['Overexposed', 'Quadratic', 'SlidingCircle', 'Unturned']);
    expect(readFileSync(join(root, 'dist/manim/validated/README.md'), 'utf8')).toContain('Not render-validated: 4 (RENDER_NOT_SET_UP 4)');
  });

  it.skipIf(!READY)('renders a kept scene and rejects the broken ones with their code and last line', () => {
    const env = { MANIM_VENV: VENV };
    expect(nx(env, 'run', 'manim:setup-render')).toMatch(/setup-render: manim 0\.22\.0 already set up in /);
    const output = nx(env, 'run', 'manim:render');
    const latex = latexAvailable();
    expect(output).toMatch(new RegExp(`render \\(Manim 0\\.22\\.0\\): 4 scenes, ${latex ? 2 : 1} rendered, 2 rejected, ${latex ? 0 : 1} skipped, 0 from cache`));
    const report = readJson('dist/manim/render/report.json');
    expect(report).toMatchObject({ mode: 'render', manim: '0.22.0', rejectedByCode: { RENDER_SCENE_ERROR: 2 }, skippedByCode: latex ? {} : { LATEX_MISSING: 1 } });
    const failures = Object.fromEntries((report.failures as { scene: string; error: string }[]).map((f) => [f.scene, f.error]));
    expect(failures['Overexposed']).toBe('ValueError: the sun is too bright to draw');
    expect(failures['Unturned']).toMatch(/^TypeError: .*rotate\(\) missing 1 required positional argument: 'angle'/);
    const card = readFileSync(join(root, 'dist/manim/render/card.md'), 'utf8');
    expect(card).toContain(`| 4 | ${latex ? 2 : 1} | 2 | 0 | ${latex ? 0 : 1} |`);
    expect(card).toContain('Rejected: RENDER_SCENE_ERROR ×2.');

    // The verdicts are memoized per scene: with Nx's cache bypassed, nothing is rendered again, and the
    // outputs are the same bytes.
    const files = ['report.json', 'outcomes.jsonl', 'rejections.jsonl', 'card.md'];
    const before = files.map((file) => readFileSync(join(root, 'dist/manim/render', file), 'utf8'));
    const again = nx(env, 'run', 'manim:render', '--skip-nx-cache');
    expect(again).toMatch(new RegExp(`${latex ? 4 : 3} from cache`));
    expect(files.map((file) => readFileSync(join(root, 'dist/manim/render', file), 'utf8'))).toEqual(before);

    // The dataset to train on holds the scene that rendered, in the split combine gave it, and neither
    // broken one; the removed ones are listed with their code.
    expect(nx(env, 'run', 'manim:validated')).toMatch(new RegExp(`validated: 2 of 4 examples .*${latex ? 2 : 1} rendered, ${latex ? 0 : 1} not render-validated, 2 removed`));
    const scenes = validatedScenes();
    const all = Object.values(scenes).flat();
    expect(all).not.toContain('Overexposed');
    expect(all).not.toContain('Unturned');
    expect(scenes[combinedSplitOf('SlidingCircle')!]).toContain('SlidingCircle');
    expect(all).toContain('Quadratic');
    const removed = readFileSync(join(root, 'dist/manim/validated/removed.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(removed.map((r: { scene: string; code: string }) => [r.scene, r.code]).sort()).toEqual([['Overexposed', 'RENDER_SCENE_ERROR'], ['Unturned', 'RENDER_SCENE_ERROR']]);
    const datasetCard = readFileSync(join(root, 'dist/manim/validated/README.md'), 'utf8');
    expect(datasetCard).toContain(`Not render-validated: ${latex ? 0 : 1}`);
    expect(datasetCard).toContain('Removed, render rejected: 2 (RENDER_SCENE_ERROR 2).');
  });
});
