import { describe, expect, it } from 'vitest';
import type { SplitName } from '@dataset/domain';
import type { ChatMeta } from '../combine/combine';
import { validatedCard } from './card';
import { type ChatLine, type RenderVerdict, type SplitFile, keepRendered } from './validated';

const line = (id: string): ChatLine => ({ messages: [{ role: 'user', content: `draw ${id}` }, { role: 'assistant', content: id }] });
const meta = (id: string): ChatMeta => ({ exampleId: id, source: id.split(':')[0]!, group: id, lines: 3, tokens: 30, codeSha256: `sha-${id}` });
const splitOf = (...ids: string[]): SplitFile => ({ lines: ids.map(line), meta: ids.map(meta) });
const rendered = (id: string): RenderVerdict => ({ exampleId: id, key: `k-${id}`, status: 'rendered' });

const SPLITS: Record<SplitName, SplitFile> = {
  train: splitOf('a:1', 'a:2', 'b:1', 'b:2'),
  validation: splitOf('a:3'),
  test: splitOf('b:3', 'a:4'),
};
const VERDICTS: RenderVerdict[] = [
  rendered('a:1'),
  { exampleId: 'a:2', key: 'k', status: 'rejected', code: 'RENDER_SCENE_ERROR', scene: 'Overexposed', error: 'ValueError: the sun is too bright' },
  rendered('b:1'),
  { exampleId: 'b:2', key: '', status: 'skipped', code: 'LATEX_MISSING', error: 'latex is not installed' },
  rendered('a:3'),
  { exampleId: 'b:3', key: 'k', status: 'rejected', code: 'RENDER_NO_SCENE', error: 'no Scene subclass' },
  rendered('a:4'),
];

describe('keepRendered', () => {
  it('removes every scene whose render was rejected and lists it with its split, code and error', () => {
    const { splits, removed } = keepRendered(SPLITS, VERDICTS);
    expect(splits.train.meta.map((m) => m.exampleId)).toEqual(['a:1', 'b:1', 'b:2']);
    expect(splits.test.meta.map((m) => m.exampleId)).toEqual(['a:4']);
    expect(removed).toEqual([
      { exampleId: 'a:2', source: 'a', split: 'train', code: 'RENDER_SCENE_ERROR', scene: 'Overexposed', error: 'ValueError: the sun is too bright' },
      { exampleId: 'b:3', source: 'b', split: 'test', code: 'RENDER_NO_SCENE', error: 'no Scene subclass' },
    ]);
  });

  it('moves no scene between splits and keeps each chat line beside its meta, in order', () => {
    const { splits } = keepRendered(SPLITS, VERDICTS);
    expect(splits.validation).toEqual(SPLITS.validation);
    for (const split of ['train', 'validation', 'test'] as const) {
      expect(splits[split].lines).toEqual(splits[split].meta.map((m) => line(m.exampleId)));
      for (const m of splits[split].meta) expect(SPLITS[split].meta).toContainEqual(m);
    }
  });

  it('keeps a scene skipped for the machine, counted as not render-validated', () => {
    const { report } = keepRendered(SPLITS, VERDICTS);
    expect(report).toEqual({
      splits: { train: { combined: 4, kept: 3 }, validation: { combined: 1, kept: 1 }, test: { combined: 2, kept: 1 } },
      combined: 7,
      kept: 5,
      rendered: 4,
      notValidated: 1,
      notValidatedByCode: { LATEX_MISSING: 1 },
      removed: 2,
      removedByCode: { RENDER_NO_SCENE: 1, RENDER_SCENE_ERROR: 1 },
    });
  });

  it('refuses splits and verdicts that are not about the same examples', () => {
    expect(() => keepRendered(SPLITS, VERDICTS.slice(1))).toThrow(/a:1 \(train\) has no render verdict/);
    expect(() => keepRendered(SPLITS, [...VERDICTS, rendered('z:9')])).toThrow(/1 render verdicts for examples in no split \(z:9/);
    expect(() => keepRendered({ ...SPLITS, test: { lines: [line('b:3')], meta: [meta('b:3'), meta('a:4')] } }, VERDICTS)).toThrow(/test: 1 chat lines but 2 meta lines/);
  });
});

describe('the validated card', () => {
  const { report, removed } = keepRendered(SPLITS, VERDICTS);
  const card = validatedCard(report, removed, '## Render validation\n\nrendered 4\n', '# Manim scenes: combined dataset\n\n## Sources\n');

  it('says how many scenes rendered, how many were kept unvalidated and which were removed', () => {
    expect(card).toContain('5 examples (train 3, validation 1, test 1): the 7 combined examples less 2 whose render was rejected.');
    expect(card).toContain('Rendered in Manim: 4.');
    expect(card).toContain('Not render-validated: 1 (LATEX_MISSING 1)');
    expect(card).toContain('Removed, render rejected: 2 (RENDER_NO_SCENE 1, RENDER_SCENE_ERROR 1).');
    expect(card).toContain('| `a:2` | `a` | train | RENDER_SCENE_ERROR | Overexposed: ValueError: the sun is too bright |');
  });

  it('holds the render section and nests the combined card under its own title', () => {
    expect(card).toContain('\n## Render validation\n');
    expect(card).toContain('\n## Manim scenes: combined dataset\n\n### Sources\n');
    expect(card.match(/^# /gm)).toHaveLength(1);
  });

  it('says plainly when every scene was validated', () => {
    const all = keepRendered({ train: splitOf('a:1'), validation: splitOf(), test: splitOf() }, [rendered('a:1')]);
    expect(validatedCard(all.report, all.removed, '', '')).toContain('Not render-validated: 0.');
  });
});
