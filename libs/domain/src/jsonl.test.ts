import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIgnoredFields, IgnoredFieldTally, parseOutsideRecord } from './jsonl';

const Record = z.object({
  id: z.string(),
  source: z.discriminatedUnion('type', [z.object({ type: z.literal('db'), dbId: z.string() }), z.object({ type: z.literal('registry'), registryId: z.string() })]),
  messages: z.array(z.object({ role: z.string(), content: z.string() })).default([]),
  notes: z.record(z.string(), z.object({ text: z.string() })).optional(),
});

describe('parseOutsideRecord', () => {
  it('drops the fields the schema does not know and names them by their path within the record', () => {
    const value = {
      id: 'a',
      createdAt: '2025-01-01',
      source: { type: 'db', dbId: 'x', legacyId: 7 },
      messages: [
        { role: 'user', content: 'hi', name: 'u' },
        { role: 'assistant', content: 'a', name: 'b' },
      ],
    };
    const read = parseOutsideRecord(Record, value);
    expect(read).toEqual({
      success: true,
      data: { id: 'a', source: { type: 'db', dbId: 'x' }, messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'a' }] },
      ignored: ['createdAt', 'source.legacyId', 'messages[].name'],
    });
    expect(parseOutsideRecord(Record, { id: 'a', source: { type: 'db', dbId: 'x' }, notes: { q1: { text: 't', by: 'me' } } })).toMatchObject({
      success: true,
      ignored: ['notes.q1.by'],
    });
  });

  it('keeps a strict part strict: an unknown key there is an error', () => {
    const read = parseOutsideRecord(z.object({ settings: z.strictObject({ a: z.number() }) }), { settings: { a: 1, b: 2 } });
    expect(!read.success && read.issue.code).toBe('unrecognized_keys');
  });

  it('still refuses a known field of the wrong type, whatever unknown fields come with it', () => {
    const read = parseOutsideRecord(Record, { id: 1, extra: true, source: { type: 'db', dbId: 'x' } });
    expect(read.success).toBe(false);
    expect(!read.success && read.issue.path).toEqual(['id']);
    const union = parseOutsideRecord(Record, { id: 'a', source: { type: 'registry', dbId: 'x' } });
    expect(!union.success && union.issue.path).toEqual(['source', 'registryId']);
  });

  it('parses a record without unknown fields as the strict schema does', () => {
    expect(parseOutsideRecord(Record, { id: 'a', source: { type: 'registry', registryId: 'r' } })).toEqual({
      success: true,
      data: { id: 'a', source: { type: 'registry', registryId: 'r' }, messages: [] },
      ignored: [],
    });
  });
});

describe('IgnoredFieldTally', () => {
  it('counts records per source and field, in the order first seen', () => {
    const tally = new IgnoredFieldTally();
    tally.add('curated prompts (c.jsonl)', ['template_name', 'db_id']);
    tally.add('curated prompts (c.jsonl)', []);
    tally.add('curated prompts (c.jsonl)', ['db_id', 'template_name']);
    tally.add('prompt overrides (overrides.json)', ['notes']);
    expect(tally.fields()).toEqual([
      { source: 'curated prompts (c.jsonl)', field: 'template_name', count: 2 },
      { source: 'curated prompts (c.jsonl)', field: 'db_id', count: 2 },
      { source: 'prompt overrides (overrides.json)', field: 'notes', count: 1 },
    ]);
    expect(describeIgnoredFields(tally.fields().slice(0, 2))).toBe('2 unknown fields ignored: template_name ×2, db_id ×2');
    expect(describeIgnoredFields(tally.fields().slice(1))).toBe(
      '2 unknown fields ignored: curated prompts (c.jsonl): db_id ×2; prompt overrides (overrides.json): notes ×1',
    );
    expect(describeIgnoredFields([])).toBe('');
  });
});
