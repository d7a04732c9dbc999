import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../model';
import { cleanedExample as cleaned, sourceSpec as spec } from '../testing/combine';
import { datasetCard } from './card';
import { combineSources, type SourceInput } from './combine';

const scene = (i: number) => `from manim import *\n\nclass A(Scene):\n    def construct(self):\n        self.play(Create(RegularPolygon(n=${i + 3}).scale(${i}).shift(RIGHT * ${i * 7})), run_time=${i + 1}); self.wait(${i})`;

const summary = (source: string, read: number, kept: number, rejected: Record<string, number>): SourceSummary => ({
  source,
  kind: 'jsonl-flat',
  read,
  kept,
  pendingDescription: 0,
  rejected,
  fixes: {},
  ignoredFields: [],
  python: '3.11.7',
});

describe('datasetCard', () => {
  const inputs: SourceInput[] = [
    {
      spec: spec('curated', 10),
      examples: [cleaned('curated', 1, scene(1)), cleaned('curated', 2, scene(2), 'Scene 2', ['FENCE_STRIPPED', 'PROSE_STRIPPED']), cleaned('curated', 3, scene(3))],
      summary: summary('curated', 5, 3, { SYNTAX_ERROR: 1, NO_SCENE_CLASS: 1 }),
    },
    {
      spec: spec('scraped', 5),
      examples: [cleaned('scraped', 1, scene(1), 'Scene 1', ['FLATTENED_STRUCTURE_REPAIRED']), cleaned('scraped', 2, scene(4)), cleaned('scraped', 3, scene(5), null)],
      summary: summary('scraped', 4, 3, { REPAIR_AMBIGUOUS: 1 }),
    },
  ];
  const config = { seed: 3, systemPrompt: 'Write Manim.', nearDuplicateThreshold: 0.8, nearDuplicates: 'group' as const, sameDescription: 'same-split' as const, curriculum: false };

  it('states per source: read, kept, repaired, rejected by code, dropped as duplicates', () => {
    const { report } = combineSources(inputs, config);
    const rows = datasetCard(report)
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toEqual([
      '| `curated` | 5 | 3 | 1 | 2 (NO_SCENE_CLASS 1, SYNTAX_ERROR 1) | 0 | 0 |',
      '| `scraped` | 4 | 1 | 1 | 1 (REPAIR_AMBIGUOUS 1) | 1 (DUPLICATE_CODE 1) | 1 (PENDING_DESCRIPTION 1) |',
    ]);
  });

  it('states the totals and the policies the dataset was built with', () => {
    const card = datasetCard(combineSources(inputs, config).report);
    expect(card).toMatch(/^4 examples \(train \d+, validation \d+, test \d+\) from 2 sources; seed 3\.$/m);
    expect(card).toMatch(/policy `group`, 0 groups of differently described variants/);
    expect(datasetCard(combineSources(inputs, config).report)).toBe(card);
  });
});
