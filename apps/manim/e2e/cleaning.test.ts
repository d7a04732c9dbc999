import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExamplesParquet } from '@dataset/manim';
import { copyManimWorkspace, nxIn, ran, readJsonl } from './workspace';

/**
 * The cleaning cases of issue 16 on a corpus of their own (apps/manim/e2e/fixtures/cleaning): placeholder
 * and thin descriptions in every source shape, images built from numbers, a helper from nowhere and
 * third-party imports, built through the graph as a user would.
 */
const CONFIG = 'apps/manim/e2e/fixtures/cleaning/sources.json';
let root: string;
const nx = (...args: string[]) => nxIn(root, { MANIM_CONFIG: CONFIG }, ...args);
const rejections = (source: string) =>
  Object.fromEntries(readJsonl(join(root, `dist/manim/sources/${source}.rejections.jsonl`)).map((r) => [r['locator'], { code: r['code'], message: r['message'] }]));
const cleaned = async (source: string) => (await readExamplesParquet(join(root, `dist/manim/sources/${source}.parquet`))).examples;

beforeAll(() => {
  root = copyManimWorkspace();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cleaning the issue-16 corpus through nx run manim:combine', () => {
  it('rejects placeholder and thin descriptions in every source shape, with their codes', () => {
    nx('run', 'manim:combine');
    expect(rejections('placeholders-flat')).toMatchObject({
      'flat.jsonl:1': { code: 'DESCRIPTION_PLACEHOLDER' },
      'flat.jsonl:2': { code: 'DESCRIPTION_PLACEHOLDER' },
      'flat.jsonl:3': { code: 'DESCRIPTION_PLACEHOLDER', message: expect.stringMatching(/pilcrow/) },
      'flat.jsonl:4': { code: 'DESCRIPTION_TOO_THIN', message: expect.stringMatching(/PulsingDot/) },
    });
    expect(rejections('placeholders-sharegpt')).toMatchObject({ 'sharegpt.jsonl:1': { code: 'DESCRIPTION_PLACEHOLDER' } });
    expect(rejections('placeholders-repo')).toMatchObject({ 'scenes.py::Pending': { code: 'DESCRIPTION_PLACEHOLDER' } });
  });

  it('trains on no placeholder: every prompt of the dataset is a written description', () => {
    const combined = join(root, 'dist/manim/combined');
    const prompts = ['train', 'validation', 'test'].flatMap((split) => readJsonl(join(combined, `${split}.jsonl`)).map((l) => (l['messages'] as { content: string }[])[1]!.content));
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(prompt).not.toMatch(/\[(PENDING|TODO)|¶|Create a Manim animation using|^Source:|^Example from/);
    expect(prompts).toEqual(expect.arrayContaining(['Animate a circle turning into a square', 'Draw a hexagon.']));
  });

  it('keeps images built from numbers as written, and still replaces a missing image file', async () => {
    const byLocator = Object.fromEntries((await cleaned('semantics-openai')).map((e) => [e.locator, e]));
    expect(byLocator['openai.jsonl:1']!.code).toContain('image = ImageMobject(image_array).scale(2)');
    expect(byLocator['openai.jsonl:2']!.code).toContain('ImageMobject(np.uint8(np.random.default_rng(1)');
    expect([byLocator['openai.jsonl:1']!.fixes, byLocator['openai.jsonl:2']!.fixes]).toEqual([[], []]);
    expect(byLocator['openai.jsonl:3']!.fixes).toEqual(['ASSET_PLACEHOLDER_CHARACTER']);
  });

  it('rejects a helper defined nowhere, naming it, and keeps one the scene defines', async () => {
    expect(rejections('semantics-openai')['openai.jsonl:4']).toEqual({ code: 'UNDEFINED_NAME', message: expect.stringMatching(/^uses get_tex_indexes: .*manim 0\.22\.0/) });
    expect((await cleaned('semantics-openai')).map((e) => e.locator)).toContain('openai.jsonl:5');
  });

  it('rejects a third-party import outside allowedImports and keeps one inside it (scipy, by default)', async () => {
    expect(rejections('semantics-openai')['openai.jsonl:6']).toEqual({ code: 'IMPORT_NOT_ALLOWED', message: expect.stringMatching(/^imports manim_physics: /) });
    expect((await cleaned('semantics-openai')).map((e) => e.locator)).toContain('openai.jsonl:7');
  });

  it('cleans every source again when allowedImports changes, and then keeps the allowed plugin', async () => {
    const path = join(root, CONFIG);
    const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...config, allowedImports: ['PIL', 'manim_physics', 'networkx', 'numpy', 'scipy'] }, null, 2) + '\n');
    expect(ran(nx('run', 'manim:combine'))).toEqual([
      'manim-source-placeholders-flat:clean',
      'manim-source-placeholders-repo:clean',
      'manim-source-placeholders-sharegpt:clean',
      'manim-source-semantics-openai:clean',
      'manim:combine',
    ]);
    expect(rejections('semantics-openai')['openai.jsonl:6']).toBeUndefined();
    expect((await cleaned('semantics-openai')).map((e) => e.locator)).toContain('openai.jsonl:6');
  });
});
