import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const valid = {
  metadata: 'canonical.json',
  curatedPrompts: ['prompts/curated.jsonl'],
  overrides: 'overrides',
  systemPrompt: 'You write Remotion scenes.',
  seed: 119,
  tag: 'v1',
  releaseDir: '/abs/releases',
};

describe('parseConfig', () => {
  it('resolves relative paths against the config folder and keeps absolute ones', () => {
    const config = parseConfig(JSON.stringify(valid), '/work/data/dataset.config.json');
    expect(config.metadata).toBe('/work/data/canonical.json');
    expect(config.curatedPrompts).toEqual(['/work/data/prompts/curated.jsonl']);
    expect(config.releaseDir).toBe('/abs/releases');
    expect(config.table).toBe('bazaar-vid_templates');
    expect(config.embeddedDatabase).toBe('/work/data/db');
  });

  it('names the field that is wrong', () => {
    expect(() => parseConfig(JSON.stringify({ ...valid, seed: 'x' }), '/c.json')).toThrow(/\/c\.json \(field seed\)/);
  });

  it('names an unknown key', () => {
    expect(() => parseConfig(JSON.stringify({ ...valid, sede: 1 }), '/c.json')).toThrow(/field sede/);
  });

  it('validates the checks block with its defaults and names a nested field', () => {
    expect(parseConfig(JSON.stringify(valid), '/c.json').checks.dedup.threshold).toBe(0.85);
    expect(() => parseConfig(JSON.stringify({ ...valid, checks: { secrets: { policy: 'ignore' } } }), '/c.json')).toThrow(/field checks\.secrets\.policy/);
  });

  it('reports invalid JSON with the file name', () => {
    expect(() => parseConfig('{', '/c.json')).toThrow(/\/c\.json: not valid JSON/);
  });
});
