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

  it('limits code to 1,000,000 bytes unless maxCodeBytes says otherwise, a positive whole number', () => {
    expect(parseConfig(JSON.stringify(valid), '/c.json').maxCodeBytes).toBe(1_000_000);
    expect(parseConfig(JSON.stringify({ ...valid, maxCodeBytes: 200_000 }), '/c.json').maxCodeBytes).toBe(200_000);
    expect(() => parseConfig(JSON.stringify({ ...valid, maxCodeBytes: 0 }), '/c.json')).toThrow(/field maxCodeBytes/);
    expect(() => parseConfig(JSON.stringify({ ...valid, maxCodeBytes: '1MB' }), '/c.json')).toThrow(/field maxCodeBytes/);
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

  it('renders by default at the three format sizes, first/middle/last, two at a time, remote requests answered by stand-ins', () => {
    const { render } = parseConfig(JSON.stringify(valid), '/c.json');
    expect(render).toMatchObject({ enabled: true, frames: ['first', 'middle', 'last'], concurrency: 2, remoteAssets: 'stub' });
    expect(render.formats).toEqual({
      landscape: { width: 1920, height: 1080 },
      portrait: { width: 1080, height: 1920 },
      square: { width: 1080, height: 1080 },
    });
  });

  it('turns rendering off with `render: false` and keeps the other defaults of a partial block', () => {
    expect(parseConfig(JSON.stringify({ ...valid, render: false }), '/c.json').render.enabled).toBe(false);
    const render = parseConfig(JSON.stringify({ ...valid, render: { formats: { square: { width: 512, height: 512 } } } }), '/c.json').render;
    expect(render.formats.square).toEqual({ width: 512, height: 512 });
    expect(render.formats.landscape).toEqual({ width: 1920, height: 1080 });
  });

  it('names the render field that is wrong, including unknown nested keys', () => {
    expect(() => parseConfig(JSON.stringify({ ...valid, render: { timeoutMs: 1000 } }), '/c.json')).toThrow(/field render\.timeoutMs\): the renderer's minimum is 7000 ms/);
    expect(() => parseConfig(JSON.stringify({ ...valid, render: { remoteAssets: 'allow' } }), '/c.json')).toThrow(/field render\.remoteAssets/);
    expect(() => parseConfig(JSON.stringify({ ...valid, render: { frame: ['first'] } }), '/c.json')).toThrow(/field render\.frame\)/);
  });

  it('reports invalid JSON with the file name', () => {
    expect(() => parseConfig('{', '/c.json')).toThrow(/\/c\.json: not valid JSON/);
  });
});
