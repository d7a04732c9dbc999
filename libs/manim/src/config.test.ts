import { describe, expect, it } from 'vitest';
import { parseManimConfig } from './config';

const valid = { systemPrompt: 'Write Manim.', seed: 1, sources: [{ name: 'a', kind: 'repo', path: 'repo', priority: 1 }] };
const parse = (value: unknown) => parseManimConfig(JSON.stringify(value), '/w/data/manim/sources.json');

describe('Manim sources config', () => {
  it('resolves paths against the config file and fills defaults', () => {
    const config = parse(valid);
    expect(config.sources[0]).toEqual({ name: 'a', kind: 'repo', path: '/w/data/manim/repo', priority: 1, precleaned: false, producedBy: null });
    expect(config).toMatchObject({ nearDuplicateThreshold: 0.85, sameDescription: 'same-split', nearDuplicates: 'group', curriculum: false });
  });

  it('names the field at fault', () => {
    expect(() => parse({ ...valid, sources: [{ ...valid.sources[0], kind: 'csv' }] })).toThrow(/sources\.json \(field sources\[0\]\.kind\)/);
    expect(() => parse({ ...valid, sources: [{ ...valid.sources[0], name: 'Bad Name' }] })).toThrow(/field sources\[0\]\.name.*kebab-case/);
    expect(() => parse({ ...valid, extra: 1 })).toThrow(/field extra/);
    // Every unknown key with its full path, as the dataset config and every JSONL input name them.
    expect(() => parse({ ...valid, sources: [{ ...valid.sources[0], colour: 1, size: 2 }] })).toThrow(/field sources\[0\]\.colour, sources\[0\]\.size\)/);
    expect(() => parse({ ...valid, sources: [valid.sources[0], valid.sources[0]] })).toThrow(/sources\[1\]\.name.*duplicate source name "a"/);
    expect(() => parseManimConfig('{', '/w/x.json')).toThrow(/x\.json: not valid JSON/);
  });
});
