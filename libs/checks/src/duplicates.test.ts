import { describe, expect, it } from 'vitest';
import { DedupConfig } from './config';
import { applyDedupPolicy, checkDuplicates } from './duplicates';
import { makePrompts, makeScene, sceneCode } from './fixtures';

const config = DedupConfig.parse({});
const rulesOf = (findings: { rule: string }[]): string[] => findings.map((f) => f.rule).sort();

describe('checkDuplicates', () => {
  it('finds nothing among distinct templates', () => {
    const scenes = ['a', 'b', 'c', 'd'].map((id) => makeScene(id));
    const { findings, report } = checkDuplicates(scenes, scenes.flatMap(makePrompts), [], config);
    expect(findings).toEqual([]);
    expect(report.exactGroups).toEqual([]);
    expect(report.policy).toEqual({ mode: 'keep-all', kept: ['a', 'b', 'c', 'd'], dropped: [] });
  });

  it('groups templates whose normalized code is identical, though their raw code differs', () => {
    const a = makeScene('a');
    const b = makeScene('b', { code: `${a.code}\n// a comment the normalizer removes` });
    const normalized = [
      { templateId: 'a', text: a.code },
      { templateId: 'b', text: a.code },
    ];
    const { findings, report } = checkDuplicates([a, b, makeScene('c')], [], normalized, config);
    expect(report.exactGroups).toEqual([['a', 'b']]);
    expect(report.nearGroups).toEqual([['a', 'b']]);
    expect(rulesOf(findings)).toEqual(['DEDUP_EXACT_DUPLICATE_CODE']);
    expect(checkDuplicates([a, b], [], [], config).report.exactGroups).toEqual([]);
  });

  it('reports near-duplicates above the threshold, not below it', () => {
    const base = sceneCode('hero', 120);
    const a = makeScene('hero-blue', { code: base.replace('#101820', '#0000ff') });
    const b = makeScene('hero-red', { code: base.replace('#101820', '#ff0000') });
    const { findings, report } = checkDuplicates([a, b, makeScene('other')], [], [], config);
    expect(report.nearGroups).toEqual([['hero-blue', 'hero-red']]);
    expect(report.nearPairs[0]!.similarity).toBeGreaterThanOrEqual(0.85);
    expect(rulesOf(findings)).toEqual(['DEDUP_NEAR_DUPLICATE_CODE']);
    expect(checkDuplicates([a, b], [], [], DedupConfig.parse({ threshold: 0.999 })).report.nearGroups).toEqual([]);
  });

  it('reports one brief used for templates with different code', () => {
    const scenes = [makeScene('a'), makeScene('b')];
    const prompts = [
      { templateId: 'a', variantId: 'base', origin: 'base' as const, text: 'A bold  title card.' },
      { templateId: 'b', variantId: 'curated-1', origin: 'curated' as const, text: 'a bold title card.' },
    ];
    const { findings, report } = checkDuplicates(scenes, prompts, [], config);
    expect(report.samePromptDifferentCode).toEqual([{ prompt: 'A bold  title card.', templateIds: ['a', 'b'] }]);
    expect(rulesOf(findings)).toEqual(['DEDUP_SAME_PROMPT_DIFFERENT_CODE']);
  });

  it('reports identical code taught under different briefs', () => {
    const a = makeScene('a');
    const b = makeScene('b', { code: a.code });
    const { report, findings } = checkDuplicates([a, b], [...makePrompts(a), ...makePrompts(b)], [], config);
    expect(report.sameCodeDifferentPrompts).toEqual([{ templateIds: ['a', 'b'], prompts: 4 }]);
    expect(rulesOf(findings)).toEqual(['DEDUP_EXACT_DUPLICATE_CODE', 'DEDUP_SAME_CODE_DIFFERENT_PROMPTS']);
  });
});

describe('applyDedupPolicy', () => {
  const scenes = [makeScene('a', { provenance: 'override' }), makeScene('b'), makeScene('c'), makeScene('d')];
  const prompts = [...makePrompts(scenes[2]!), { templateId: 'c', variantId: 'curated-1', origin: 'curated' as const, text: 'extra' }, ...makePrompts(scenes[1]!)];

  it('keeps everything under keep-all', () => {
    expect(applyDedupPolicy([['a', 'b', 'c']], { mode: 'keep-all', priority: ['id'] }, scenes, prompts).dropped).toEqual([]);
  });

  it('keeps one template per group by the configured priorities', () => {
    const byProvenance = applyDedupPolicy([['a', 'b', 'c']], { mode: 'keep-one', priority: ['provenance', 'prompts', 'id'] }, scenes, prompts);
    expect(byProvenance.kept).toEqual(['c', 'd']);
    expect(byProvenance.dropped).toEqual([
      { templateId: 'a', keptInstead: 'c' },
      { templateId: 'b', keptInstead: 'c' },
    ]);
    const byId = applyDedupPolicy([['a', 'b', 'c']], { mode: 'keep-one', priority: ['id'] }, scenes, prompts);
    expect(byId.kept).toEqual(['a', 'd']);
  });
});
