import { describe, expect, it } from 'vitest';
import { IgnoredFieldTally } from '@dataset/domain';
import { parseCanonicalMetadata } from './metadata';

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'logo-reveal',
  name: 'Logo Reveal',
  source: { type: 'db', dbId: '11111111-1111-4111-8111-111111111111' },
  duration: 90,
  supportedFormats: ['landscape'],
  ...over,
});

describe('parseCanonicalMetadata', () => {
  it('fills list defaults', () => {
    const [template] = parseCanonicalMetadata(JSON.stringify([entry()]), 'canonical.json');
    expect(template!.keywords).toEqual([]);
  });

  it('names the entry and field that is wrong', () => {
    const text = JSON.stringify([entry(), entry({ id: 'second', source: { type: 'db' } })]);
    expect(() => parseCanonicalMetadata(text, 'canonical.json')).toThrow(/canonical\.json \(field \[1\]\(second\)\.source\.dbId\)/);
  });

  it('ignores and counts fields other tools wrote, nested ones included', () => {
    const extra = { createdAt: '2025-01-01T00:00:00Z', author: 'someone', thumbnailUrl: 'https://cdn.example/t.png' };
    const text = JSON.stringify([
      entry(extra),
      entry({ ...extra, id: 'second', source: { type: 'db', dbId: '22222222-2222-4222-8222-222222222222', legacyId: 7 } }),
      entry({ id: 'third', source: { type: 'registry', registryId: 'r' } }),
    ]);
    const ignored = new IgnoredFieldTally();
    const templates = parseCanonicalMetadata(text, '/abs/data/canonical.json', ignored);
    expect(templates.map((t) => t.id)).toEqual(['logo-reveal', 'second', 'third']);
    expect(templates[1]).not.toHaveProperty('createdAt');
    expect(templates[1]!.source).toEqual({ type: 'db', dbId: '22222222-2222-4222-8222-222222222222' });
    expect(ignored.fields()).toEqual([
      { source: 'metadata (canonical.json)', field: 'createdAt', count: 2 },
      { source: 'metadata (canonical.json)', field: 'author', count: 2 },
      { source: 'metadata (canonical.json)', field: 'thumbnailUrl', count: 2 },
      { source: 'metadata (canonical.json)', field: 'source.legacyId', count: 1 },
    ]);
  });

  it('still names a known field of the wrong type or value, unknown fields beside it or not', () => {
    expect(() => parseCanonicalMetadata(JSON.stringify([entry({ author: 'x', duration: '90' })]), 'c.json')).toThrow(/c\.json \(field \[0\]\(logo-reveal\)\.duration\): .*expected number/);
    expect(() => parseCanonicalMetadata(JSON.stringify([entry({ supportedFormats: ['vertical'] })]), 'c.json')).toThrow(/supportedFormats\[0\]/);
  });

  it('rejects duplicate ids and two templates on one DB row', () => {
    expect(() => parseCanonicalMetadata(JSON.stringify([entry(), entry()]), 'c.json')).toThrow(/duplicate template id "logo-reveal"/);
    expect(() => parseCanonicalMetadata(JSON.stringify([entry(), entry({ id: 'other' })]), 'c.json')).toThrow(/already the source of "logo-reveal"/);
  });
});
