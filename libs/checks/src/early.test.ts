import { describe, expect, it } from 'vitest';
import { QualityConfig } from './config';
import { EarlySecrets, earlyScanSettings, redactEverything, scanEarly } from './early';
import type { ScanTarget } from './secrets';

// Assembled from parts so this file itself holds no scannable value.
const awsKeyId = ['AKIA', 'R7Q2XN4BW6ZT3PLM'].join('');
const email = ['maria.keller', '@posteo.de'].join('');
const phone = '(212) 555-3187';

const targets: ScanTarget[] = [
  { templateId: 'upload-card', field: 'code', text: `const key = "${awsKeyId}";\nexport const durationInFrames = 30;` },
  { templateId: 'contact-end', field: 'prompt', variantId: 'curated-1', text: `End card with ${email} and ${phone}` },
  { templateId: 'plain', field: 'prompt', variantId: 'base', text: 'A bar chart grows from zero.' },
];

const configOf = (checks: unknown) => QualityConfig.parse(checks);

describe('scanEarly (checks.secrets.scanEarly in raw and prompts)', () => {
  it('refuses a credential under the default fail policy, naming template and rule, never the value', async () => {
    const scan = await scanEarly(targets, configOf({}));
    expect(scan.refusals.map((f) => [f.rule, f.templateId])).toEqual([['SECRET_CREDENTIAL', 'upload-card']]);
    expect(JSON.stringify(scan.refusals)).not.toContain(awsKeyId);
    // Personal data is redacted by default even when a credential refuses: only errors stop the stage.
    expect(scan.texts[1]).toBe('End card with user@example.com and +1 555 0100');
  });

  it('redacts every kind under redact and lists what it replaced, without the values', async () => {
    const scan = await scanEarly(targets, configOf({ secrets: { policy: 'redact' } }));
    expect(scan.refusals).toEqual([]);
    expect(scan.texts[0]).toContain('[REDACTED_CREDENTIAL]');
    expect(scan.texts.join('\n')).not.toMatch(new RegExp([awsKeyId, email, phone.replace(/[()]/g, '\\$&')].join('|')));
    expect(scan.texts[2]).toBe(targets[2]!.text);
    expect(scan.secrets.redacted).toEqual([
      { templateId: 'upload-card', field: 'code' },
      { templateId: 'contact-end', field: 'prompt', variantId: 'curated-1' },
    ]);
    expect(scan.secrets.findings.map((f) => f.rule)).toEqual(['SECRET_CREDENTIAL', 'PII_EMAIL', 'PII_PHONE']);
    const carried = JSON.stringify(EarlySecrets.parse(scan.secrets));
    for (const value of [awsKeyId, email, phone]) expect(carried).not.toContain(value);
  });

  it('keeps a waived credential as written and does not refuse it; a rule turned off neither refuses nor redacts', async () => {
    const waived = await scanEarly(targets, configOf({ waivers: [{ rule: 'SECRET_CREDENTIAL', templateId: 'upload-card', reason: 'revoked test key' }] }));
    expect(waived.refusals).toEqual([]);
    expect(waived.texts[0]).toBe(targets[0]!.text);
    const off = await scanEarly(targets, configOf({ secrets: { policy: 'redact' }, rules: { SECRET_CREDENTIAL: 'off', PII_EMAIL: 'off' } }));
    expect(off.refusals).toEqual([]);
    expect(off.texts[0]).toBe(targets[0]!.text);
    expect(off.texts[1]).toBe(`End card with ${email} and +1 555 0100`);
  });

  it('refuses personal data under pii fail', async () => {
    const scan = await scanEarly(targets, configOf({ secrets: { policy: 'redact', pii: 'fail' } }));
    expect(scan.refusals.map((f) => [f.rule, f.templateId])).toEqual([
      ['PII_EMAIL', 'contact-end'],
      ['PII_PHONE', 'contact-end'],
    ]);
  });
});

describe('earlyScanSettings (the key of a template\'s remembered scan)', () => {
  it('changes with the policy, a secret rule\'s severity or a waiver for this template, and with nothing else', () => {
    const base = earlyScanSettings(configOf({}), 'upload-card');
    const key = (checks: unknown) => JSON.stringify(earlyScanSettings(configOf(checks), 'upload-card'));
    expect(key({ secrets: { policy: 'redact' } })).not.toBe(JSON.stringify(base));
    expect(key({ rules: { PII_PHONE: 'off' } })).not.toBe(JSON.stringify(base));
    expect(key({ waivers: [{ rule: 'PII_EMAIL', templateId: 'upload-card', reason: 'mockup' }] })).not.toBe(JSON.stringify(base));
    expect(key({ waivers: [{ rule: 'PII_EMAIL', templateId: 'other', reason: 'mockup' }] })).toBe(JSON.stringify(base));
    expect(key({ rules: { PAYLOAD_PROSE: 'warn' }, dedup: { threshold: 0.9 } })).toBe(JSON.stringify(base));
  });
});

describe('redactEverything (a dropped brief the asset keeps)', () => {
  it('replaces every value whatever the policy', async () => {
    const text = await redactEverything(`Call ${phone} or mail ${email}, key ${awsKeyId}`, ['example.com']);
    expect(text).toBe('Call +1 555 0100 or mail user@example.com, key [REDACTED_CREDENTIAL]');
  });
});
