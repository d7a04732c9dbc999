import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const valid = { metadata: 'canonical.json', systemPrompt: 'You write Remotion scenes.', seed: 1, tag: 'v1', releaseDir: '/abs/releases' };
const withChecks = (checks: unknown) => JSON.stringify({ ...valid, checks });

describe('checks.rules and checks.waivers in the dataset config', () => {
  it('reads ESLint-style severities and waivers with a reason', () => {
    const { checks } = parseConfig(
      withChecks({ rules: { PAYLOAD_PROSE: 'warn', PII_PHONE: 'off' }, waivers: [{ rule: 'PII_EMAIL', templateId: 'login-mockup', reason: 'fictional mockup' }] }),
      '/c.json',
    );
    expect(checks.rules).toEqual({ PAYLOAD_PROSE: 'warn', PII_PHONE: 'off' });
    expect(checks.waivers).toEqual([{ rule: 'PII_EMAIL', templateId: 'login-mockup', reason: 'fictional mockup' }]);
  });

  it('defaults to no overrides, no waivers, credentials failing and personal data redacted', () => {
    const { checks } = parseConfig(JSON.stringify(valid), '/c.json');
    expect(checks).toMatchObject({ rules: {}, waivers: [], secrets: { policy: 'fail', pii: 'redact' } });
  });

  it('names an unknown rule code with the field', () => {
    expect(() => parseConfig(withChecks({ rules: { PAYLOAD_PROZE: 'warn' } }), '/c.json')).toThrow(/\/c\.json \(field checks\.rules\.PAYLOAD_PROZE\): unknown rule "PAYLOAD_PROZE"/);
    expect(() => parseConfig(withChecks({ waivers: [{ rule: 'PII_MAIL', templateId: 'a', reason: 'b' }] }), '/c.json')).toThrow(/field checks\.waivers\[0\]\.rule\): unknown rule "PII_MAIL"/);
  });

  it('names a bad severity, a waiver without a reason, and an unknown waiver key', () => {
    expect(() => parseConfig(withChecks({ rules: { PAYLOAD_PROSE: 'loud' } }), '/c.json')).toThrow(/field checks\.rules\.PAYLOAD_PROSE/);
    expect(() => parseConfig(withChecks({ waivers: [{ rule: 'PII_EMAIL', templateId: 'a', reason: ' ' }] }), '/c.json')).toThrow(/field checks\.waivers\[0\]\.reason/);
    expect(() => parseConfig(withChecks({ waivers: [{ rule: 'PII_EMAIL', templateId: 'a', reason: 'b', until: 'never' }] }), '/c.json')).toThrow(/checks\.waivers\[0\]\.until/);
  });
});
