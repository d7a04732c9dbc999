import { describe, expect, it } from 'vitest';
import { IgnoredFieldTally } from '@dataset/domain';
import { parseCuratedPrompts, parsePromptOverrides, splitFormatTag } from './curated';

const lines = (...rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join('\n');

describe('parseCuratedPrompts', () => {
  it('reads both shapes', () => {
    const text = [
      JSON.stringify({ prompt: 'Bars', expected_template_id: 'revenue-bars' }),
      '',
      JSON.stringify({ messages: [{ role: 'user', content: 'Chart' }, { role: 'assistant', content: 'revenue-bars' }] }),
    ].join('\n');
    expect(parseCuratedPrompts(text, 'c.jsonl').map((p) => [p.templateId, p.text, p.line])).toEqual([
      ['revenue-bars', 'Bars', 1],
      ['revenue-bars', 'Chart', 3],
    ]);
  });

  it('ignores and counts the fields other tools add to a line, a chat message’s included', () => {
    const text = lines(
      { prompt: 'Bars', expected_template_id: 'revenue-bars', template_name: 'Revenue Bars', db_id: 'id-1' },
      { prompt: 'Lines', expected_template_id: 'growth-line', template_name: 'Growth Line', db_id: 'id-2' },
      {
        messages: [
          { role: 'system', content: 'Route the request to a template id.' },
          { role: 'user', content: 'Chart', name: 'customer' },
          { role: 'assistant', content: 'revenue-bars' },
        ],
        metadata: { source: 'router-v2' },
      },
    );
    const ignored = new IgnoredFieldTally();
    const prompts = parseCuratedPrompts(text, '/abs/prompts/routing.jsonl', ignored);
    expect(prompts.map((p) => [p.templateId, p.text])).toEqual([
      ['revenue-bars', 'Bars'],
      ['growth-line', 'Lines'],
      ['revenue-bars', 'Chart'],
    ]);
    expect(ignored.fields()).toEqual([
      { source: 'curated prompts (routing.jsonl)', field: 'template_name', count: 2 },
      { source: 'curated prompts (routing.jsonl)', field: 'db_id', count: 2 },
      { source: 'curated prompts (routing.jsonl)', field: 'messages[].name', count: 1 },
      { source: 'curated prompts (routing.jsonl)', field: 'metadata', count: 1 },
    ]);
  });

  it('names file, line and field of a bad line', () => {
    expect(() => parseCuratedPrompts('{"prompt": "x"}', 'c.jsonl')).toThrow(/c\.jsonl:1 \(field expected_template_id\)/);
    expect(() => parseCuratedPrompts('\n{oops', 'c.jsonl')).toThrow(/c\.jsonl:2: not valid JSON/);
  });

  it('still refuses a known field of the wrong type, with its file, line and field', () => {
    const flat = lines({ prompt: 'Bars', expected_template_id: 'revenue-bars' }, { prompt: 42, expected_template_id: 'x', db_id: 'id' });
    expect(() => parseCuratedPrompts(flat, 'c.jsonl')).toThrow(/c\.jsonl:2 \(field prompt\): .*expected string/);
    const chat = lines({ messages: [{ role: 'user', content: 'Chart' }, { role: 'bot', content: 'x', name: 'n' }] });
    expect(() => parseCuratedPrompts(chat, 'c.jsonl')).toThrow(/c\.jsonl:1 \(field messages\[1\]\.role\)/);
  });
});

describe('parsePromptOverrides', () => {
  it('reads each template’s additional prompts, ignoring and counting other keys of an entry', () => {
    const text = JSON.stringify({
      'launch-countdown': { additionalPrompts: ['A countdown'], notes: 'from the March review', reviewer: 'kim' },
      'customer-testimonial': { notes: 'no prompts yet' },
    });
    const ignored = new IgnoredFieldTally();
    expect(parsePromptOverrides(text, '/abs/data/overrides.json', ignored)).toEqual({
      'launch-countdown': { additionalPrompts: ['A countdown'] },
      'customer-testimonial': { additionalPrompts: [] },
    });
    expect(ignored.fields()).toEqual([
      { source: 'prompt overrides (overrides.json)', field: 'notes', count: 2 },
      { source: 'prompt overrides (overrides.json)', field: 'reviewer', count: 1 },
    ]);
  });

  it('names the template and field of a wrong value', () => {
    expect(() => parsePromptOverrides(JSON.stringify({ 'launch-countdown': { additionalPrompts: 'one', notes: 'x' } }), 'o.json')).toThrow(
      /o\.json \(field launch-countdown\.additionalPrompts\): .*expected array/,
    );
    expect(() => parsePromptOverrides(JSON.stringify({ 'launch-countdown': ['one'] }), 'o.json')).toThrow(/o\.json \(field launch-countdown\): .*expected object/);
    expect(() => parsePromptOverrides('[]', 'o.json')).toThrow(/o\.json: .*expected record/);
  });
});

describe('splitFormatTag', () => {
  it('splits a known format tag and leaves other text alone', () => {
    expect(splitFormatTag('format:Portrait - story')).toEqual({ format: 'portrait', text: 'story' });
    expect(splitFormatTag('format:cinema story')).toEqual({ format: null, text: 'format:cinema story' });
  });
});
