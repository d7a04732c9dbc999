import { describe, expect, it } from 'vitest';
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

  it('rejects unknown fields and formats', () => {
    expect(() => parseCanonicalMetadata(JSON.stringify([entry({ colour: ['red'] })]), 'c.json')).toThrow(/field \[0\]\(logo-reveal\)\.colour/);
    expect(() => parseCanonicalMetadata(JSON.stringify([entry({ supportedFormats: ['vertical'] })]), 'c.json')).toThrow(/supportedFormats\[0\]/);
  });

  it('rejects duplicate ids and two templates on one DB row', () => {
    expect(() => parseCanonicalMetadata(JSON.stringify([entry(), entry()]), 'c.json')).toThrow(/duplicate template id "logo-reveal"/);
    expect(() => parseCanonicalMetadata(JSON.stringify([entry(), entry({ id: 'other' })]), 'c.json')).toThrow(/already the source of "logo-reveal"/);
  });
});
