import { describe, expect, it } from 'vitest';
import type { SourceSpec } from '../config';
import type { CleanedExample, SourceSummary } from '../model';
import { cleanedExample as cleaned, sourceSpec as spec } from '../testing/combine';
import { fenced } from './chat';
import { combineSources, type SourceInput } from './combine';
import { deduplicate } from './dedup';
import { lengthStats } from './lengths';
import { overlapReport } from './overlap';
import type { RankedExample } from './rank';
import { assignSplits, splitGroups } from './split';

const ranked = (example: CleanedExample, source: SourceSpec, sourceOrder = 0): RankedExample => ({ example, source, sourceOrder });
const scene = (body: string) => `from manim import *\n\nclass A(Scene):\n    def construct(self):\n        ${body}`;
const distinct = (i: number) => scene(`self.play(Create(RegularPolygon(n=${i + 3}).scale(${i}).shift(RIGHT * ${i * 7})), run_time=${i + 1}); self.wait(${i})`);

describe('deduplicate', () => {
  const policy = { nearDuplicateThreshold: 0.8, sameDescription: 'same-split' as const, nearDuplicates: 'group' as const };

  it('keeps the pre-cleaned row of identical code even against a higher priority', () => {
    const curated = spec('curated', 1, true);
    const scraped = spec('scraped', 100);
    const result = deduplicate([ranked(cleaned('scraped', 1, distinct(1)), scraped), ranked(cleaned('curated', 1, distinct(1)), curated)], policy);
    expect(result.kept.map((r) => r.example.exampleId)).toEqual(['curated:1']);
    expect(result.dropped).toEqual([{ exampleId: 'scraped:1', source: 'scraped', code: 'DUPLICATE_CODE', keptExampleId: 'curated:1' }]);
  });

  it('drops near-duplicates of the same task in favour of the higher priority, and pending descriptions outright', () => {
    const [a, b] = [spec('a', 1), spec('b', 2)];
    const near = distinct(4).replace('run_time=5', 'run_time=6');
    const pool = [ranked(cleaned('a', 1, distinct(4), 'Grow a heptagon.'), a), ranked(cleaned('b', 1, near, 'grow a heptagon'), b), ranked(cleaned('a', 2, distinct(5), null), a)];
    const result = deduplicate(pool, policy);
    expect(result.kept.map((r) => r.example.exampleId)).toEqual(['b:1']);
    expect(result.dropped.map((d) => [d.exampleId, d.code])).toEqual([
      ['a:1', 'NEAR_DUPLICATE_CODE'],
      ['a:2', 'PENDING_DESCRIPTION'],
    ]);
  });

  it('keeps near-duplicate variants with different descriptions, linked into one split group', () => {
    const [a, b] = [spec('a', 1), spec('b', 2)];
    const rotate = (degrees: number) => scene(`s = Square(); self.play(Rotate(s, angle=-${degrees} * DEGREES), run_time=2); self.wait(1); self.play(FadeOut(s))`);
    const pool = [
      ranked(cleaned('a', 1, rotate(45), 'Rotate a square 45° clockwise.'), a),
      ranked(cleaned('b', 1, rotate(30), 'Rotate a square 30° clockwise.'), b),
      ranked(cleaned('b', 2, rotate(31), 'Rotate a square 30° clockwise'), b),
    ];
    const grouped = deduplicate(pool, policy);
    expect(grouped.kept.map((r) => r.example.exampleId)).toEqual(['a:1', 'b:1']);
    expect(grouped.dropped).toEqual([{ exampleId: 'b:2', source: 'b', code: 'NEAR_DUPLICATE_CODE', keptExampleId: 'b:1' }]);
    expect(grouped.variantGroups).toEqual([['a:1', 'b:1']]);
    const plan = assignSplits(splitGroups(grouped.kept, grouped.variantGroups), 3);
    expect(plan.groupOf.get('a:1')).toBe(plan.groupOf.get('b:1'));

    const one = deduplicate(pool, { ...policy, nearDuplicates: 'keep-one' });
    expect(one.kept.map((r) => r.example.exampleId)).toEqual(['b:1']);
    expect(one.dropped.map((d) => [d.exampleId, d.code])).toEqual([
      ['a:1', 'NEAR_DUPLICATE_CODE'],
      ['b:2', 'NEAR_DUPLICATE_CODE'],
    ]);
    expect(one.variantGroups).toEqual([]);
  });

  it('still drops exact duplicates whatever their descriptions', () => {
    const [a, b] = [spec('a', 1), spec('b', 2)];
    const result = deduplicate([ranked(cleaned('a', 1, distinct(3), 'Draw a square.'), a), ranked(cleaned('b', 1, distinct(3), 'Draw a hexagon.'), b)], policy);
    expect(result.dropped).toEqual([{ exampleId: 'a:1', source: 'a', code: 'DUPLICATE_CODE', keptExampleId: 'b:1' }]);
    expect(result.variantGroups).toEqual([]);
  });

  it('groups identical descriptions with different code, or keeps only the best one by policy', () => {
    const [a, b] = [spec('a', 1), spec('b', 2)];
    const pool = [ranked(cleaned('a', 1, distinct(1), 'Draw a circle.'), a), ranked(cleaned('b', 1, distinct(2), 'draw a  circle'), b)];
    expect(deduplicate(pool, policy).sameDescriptionGroups).toEqual([['a:1', 'b:1']]);
    const strict = deduplicate(pool, { ...policy, sameDescription: 'keep-highest-priority' });
    expect(strict.kept.map((r) => r.example.exampleId)).toEqual(['b:1']);
    expect(strict.dropped[0]).toMatchObject({ exampleId: 'a:1', code: 'SAME_DESCRIPTION', keptExampleId: 'b:1' });
  });
});

describe('overlapReport', () => {
  it('counts shared exact and near groups for every pair of sources, a source with itself included', () => {
    const [a, b] = [spec('a', 1), spec('b', 1)];
    const pool = [
      ranked(cleaned('a', 1, distinct(1)), a),
      ranked(cleaned('b', 1, distinct(1)), b),
      ranked(cleaned('a', 2, distinct(2)), a),
      ranked(cleaned('a', 3, distinct(2).replace('run_time=3', 'run_time=4')), a),
    ];
    expect(overlapReport(pool, ['a', 'b'], 0.8)).toEqual([
      { a: 'a', b: 'a', exact: 0, near: 1, variants: 1 },
      { a: 'a', b: 'b', exact: 1, near: 1, variants: 1 },
      { a: 'b', b: 'b', exact: 0, near: 0, variants: 0 },
    ]);
  });
});

describe('splits', () => {
  const source = spec('s', 1);
  const pool = Array.from({ length: 100 }, (_, i) => ranked(cleaned('s', i, `code ${i}`), source));

  it('is 80/10/10 by example count, deterministic for a seed, different for another', () => {
    const plan = assignSplits(splitGroups(pool, []), 7);
    const counts = { train: 0, validation: 0, test: 0 };
    for (const split of plan.splitOf.values()) counts[split]++;
    expect(counts).toEqual({ train: 80, validation: 10, test: 10 });
    expect([...assignSplits(splitGroups(pool, []), 7).splitOf]).toEqual([...plan.splitOf]);
    expect([...assignSplits(splitGroups(pool, []), 8).splitOf]).not.toEqual([...plan.splitOf]);
  });

  it('keeps a group in one split and puts at least one group in validation and test', () => {
    const linked = [['s:1', 's:2', 's:3']];
    const plan = assignSplits(splitGroups(pool, linked), 7);
    expect(new Set(linked[0]!.map((id) => plan.splitOf.get(id))).size).toBe(1);
    const three = assignSplits(splitGroups(pool.slice(0, 3), []), 1);
    expect(new Set(three.splitOf.values())).toEqual(new Set(['train', 'validation', 'test']));
  });

  it('does not move an example when unrelated examples are added', () => {
    const before = assignSplits(splitGroups(pool, []), 7);
    const after = assignSplits(splitGroups([...pool, ranked(cleaned('s', 1000, 'new'), source)], []), 7);
    const moved = [...before.splitOf].filter(([id, split]) => after.splitOf.get(id) !== split);
    expect(moved.length).toBeLessThanOrEqual(2);
  });
});

describe('combineSources', () => {
  const summary = (name: string, kept: number, ignoredFields: SourceSummary['ignoredFields'] = []): SourceSummary => ({
    source: name,
    kind: 'jsonl-flat',
    read: kept,
    kept,
    pendingDescription: 0,
    rejected: {},
    fixes: {},
    ignoredFields,
    python: '3.11.7',
  });
  const scrapedIgnored = [{ source: 'scraped (scraped.jsonl)', field: 'license', count: 2 }];
  const inputs: SourceInput[] = [
    { spec: spec('curated', 10, true), examples: Array.from({ length: 6 }, (_, i) => cleaned('curated', i, distinct(i))), summary: summary('curated', 6) },
    { spec: spec('scraped', 5), examples: [cleaned('scraped', 1, distinct(2)), cleaned('scraped', 2, distinct(9))], summary: summary('scraped', 2, scrapedIgnored) },
  ];
  const config = { seed: 3, systemPrompt: 'Write Manim.', nearDuplicateThreshold: 0.8, nearDuplicates: 'group' as const, sameDescription: 'same-split' as const, curriculum: false };

  it('writes chat lines with the code fenced exactly once, and reports overlap before and after', () => {
    const dataset = combineSources(inputs, config);
    const lines = [...dataset.splits.train.lines, ...dataset.splits.validation.lines, ...dataset.splits.test.lines];
    expect(lines).toHaveLength(7);
    for (const { messages } of lines) {
      expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
      expect(messages[2]!.content.match(/```/g)).toHaveLength(2);
    }
    const cross = (o: { a: string; b: string }) => o.a === 'curated' && o.b === 'scraped';
    expect(dataset.report.overlap.before.find(cross)).toMatchObject({ exact: 1 });
    expect(dataset.report.overlap.after.find(cross)).toMatchObject({ exact: 0, near: 0 });
    expect(dataset.report.sources.map((s) => [s.name, s.inDataset, s.droppedByCombine])).toEqual([
      ['curated', 6, {}],
      ['scraped', 1, { DUPLICATE_CODE: 1 }],
    ]);
    expect(combineSources(inputs, config)).toEqual(dataset);
  });

  it('reports, per source, the fields its records carried that cleaning did not read', () => {
    const { sources } = combineSources(inputs, config).report;
    expect(sources.map((s) => [s.name, s.ignoredFields])).toEqual([
      ['curated', []],
      ['scraped', scrapedIgnored],
    ]);
  });

  it('orders train from short to long for a curriculum', () => {
    const tokens = combineSources(inputs, { ...config, curriculum: true }).splits.train.meta.map((m) => m.tokens);
    expect(tokens).toEqual([...tokens].sort((a, b) => a - b));
  });

  it('describes length distributions with nearest-rank percentiles', () => {
    expect(lengthStats([5, 1, 3, 2, 4])).toEqual({ count: 5, min: 1, p50: 3, p90: 5, max: 5, mean: 3 });
    expect(lengthStats([])).toBeNull();
    expect(fenced('x = 1\n')).toBe('```python\nx = 1\n```');
  });
});
