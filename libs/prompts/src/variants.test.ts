import { describe, expect, it } from 'vitest';
import { CanonicalTemplate } from '@dataset/domain';
import { buildPromptVariants } from './variants';
import { groupPromptInputs } from './catalog';
import { parseCuratedPrompts } from './curated';

const template = CanonicalTemplate.parse({
  id: 'revenue-bars',
  name: 'Revenue Bars',
  source: { type: 'db', dbId: '00000000-0000-4000-8000-000000000001' },
  duration: 120,
  supportedFormats: ['landscape', 'square'],
  descriptions: ['Animated bar chart that grows quarter by quarter.'],
  userPhrases: ['show our quarterly revenue as bars', 'bar chart for the board deck', 'a third phrase'],
  useCases: ['investor updates'],
  elements: ['bars', 'axis labels'],
  animations: ['staggered grow'],
  styles: ['corporate'],
  colors: ['navy', 'teal'],
  primaryUse: 'data visualization',
});

describe('buildPromptVariants', () => {
  it('builds a base brief and two phrase variants when there are no curated prompts', () => {
    const { variants } = buildPromptVariants(template, [], []);
    expect(variants.map((v) => v.variantId)).toEqual(['base', 'phrase-1', 'phrase-2']);
    expect(variants[0]!.text).toContain('Animated bar chart that grows quarter by quarter.');
    expect(variants[0]!.text).toContain('≈ 4 seconds (120 frames)');
    expect(variants[0]!.text).toContain('landscape');
    expect(variants[1]!.text).toMatch(/^Show our quarterly revenue as bars\. Format: square\./);
  });

  it('prefers curated prompts, normalizing a leading format tag', () => {
    const curated = [
      { templateId: 'revenue-bars', text: 'format:square Bars for the Q3 update', file: 'c.jsonl', line: 1 },
      { templateId: 'revenue-bars', text: 'A landscape revenue chart, 120 frames', file: 'c.jsonl', line: 2 },
    ];
    const { variants } = buildPromptVariants(template, curated, []);
    expect(variants.map((v) => v.variantId)).toEqual(['curated-1', 'curated-2']);
    expect(variants[0]!.text).toBe('Bars for the Q3 update. Format: square. Duration: ≈ 4 seconds (120 frames).');
    expect(variants[1]!.text).toBe('A landscape revenue chart, 120 frames');
  });

  it('drops a curated prompt whose format the template does not support', () => {
    const curated = [{ templateId: 'revenue-bars', text: 'format:portrait story bars', file: 'c.jsonl', line: 1 }];
    const { variants, dropped } = buildPromptVariants(template, curated, []);
    expect(dropped).toEqual([{ templateId: 'revenue-bars', text: 'format:portrait story bars', reason: 'unsupported-format' }]);
    expect(variants[0]!.variantId).toBe('base');
  });

  it('appends override prompts and drops duplicates', () => {
    const { variants, dropped } = buildPromptVariants(template, [], ['Quarterly bars please', 'quarterly  bars please']);
    expect(variants.filter((v) => v.origin === 'override').map((v) => v.variantId)).toEqual(['override-1']);
    expect(dropped.map((d) => d.reason)).toEqual(['duplicate']);
  });

  it('is deterministic', () => {
    expect(buildPromptVariants(template, [], ['x'])).toEqual(buildPromptVariants(template, [], ['x']));
  });
});

describe('groupPromptInputs', () => {
  it('drops and lists a curated line routed to a template the metadata does not have', () => {
    const curated = parseCuratedPrompts(JSON.stringify({ prompt: 'x', expected_template_id: 'retired' }), 'c.jsonl');
    const { perTemplate, unmatched } = groupPromptInputs([template], curated, {}, null);
    expect(unmatched).toEqual([{ templateId: 'retired', text: 'x', reason: 'unknown-template' }]);
    expect(perTemplate.map((p) => p.curated)).toEqual([[]]);
  });

  it('names an unknown template id in the prompt overrides (ours: a typo must not silently lose data)', () => {
    expect(() => groupPromptInputs([template], [], { nope: { additionalPrompts: ['y'] } }, 'overrides.json')).toThrow(/overrides\.json \(field nope\): unknown template "nope"/);
  });
});
