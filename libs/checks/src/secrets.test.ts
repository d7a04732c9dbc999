import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { SecretsConfig } from './config';
import { checkSecrets, findSecrets, redactText } from './secrets';

// Built from parts so this test file itself does not carry a scannable credential.
const githubToken = ['ghp', '_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('');
const connection = ['postgres://admin:', 'S3cretPass', '@db.internal.io:5432/app'].join('');
const privateKey = [
  ['-----BEGIN RSA', 'PRIVATE KEY-----'].join(' '),
  ...Array.from({ length: 8 }, (_, i) => 'MIIEowIBAAKCAQEAx'.padEnd(64, String.fromCharCode(65 + i))),
  ['-----END RSA', 'PRIVATE KEY-----'].join(' '),
].join('\n');

const code = `const { AbsoluteFill } = window.Remotion;
const token = "${githubToken}";
const db = "${connection}";
const contact = "jane.doe@acme-corp.io";
const support = "+44 20 7946 0958";
const placeholder = "hello@example.com";
const retina = "logo@2x.png";
const frames = [0, 30, 60, 90];
const viewBox = "0 0 1920 1080";
export const durationInFrames = 120;`;

describe('findSecrets', () => {
  it('finds credentials, e-mail addresses and phone numbers by line', async () => {
    const hits = await findSecrets(code, SecretsConfig.parse({}).allowEmailDomains, 'code');
    expect(hits.map((h) => [h.kind, h.line])).toEqual([
      ['credential', 2],
      ['credential', 3],
      ['email', 4],
      ['phone', 5],
    ]);
    expect(hits[0]!.detector).toBe('github/GITHUB_TOKEN');
  });

  it('finds a private key block', async () => {
    const hits = await findSecrets(`const pem = \`${privateKey}\`;`, []);
    expect(hits.map((h) => h.kind)).toEqual(['credential']);
  });

  it('leaves nothing behind in the process-wide performance timeline, however many texts it scans', async () => {
    performance.clearMarks();
    for (let i = 0; i < 20; i += 1) await findSecrets(`const n${i} = ${i};`, []);
    expect(performance.getEntriesByType('mark')).toEqual([]);
  });

  it('leaves ordinary scene code alone', async () => {
    expect(await findSecrets('const frames = [0, 30, 60];\nconst size = "1920 1080";\nconst img = "hero@3x.webp";', [])).toEqual([]);
  });

  it('never takes numbers, number lists or path data in code for a phone number', async () => {
    const scene = [
      'const { AbsoluteFill } = window.Remotion;',
      'const curve = <path d="M 120 340 Q 900 180 1800 340" />;',
      'const dashed = <path d="M120-340-900 180L1800-340" />;',
      'const poly = <polyline points="100,200 300,400 500,600" />;',
      'const sizes = [1200, 1600, 2400];',
      'const label = "1920 1080 1080";',
      'const stops = "0 30 60 90 120 150 180 210";',
      'const order = "ORD-2024-000123";',
      'const date = "2024-03-15";',
      'const version = "10.2.345";',
      'const phoneLike = 4155552671;',
      'export const durationInFrames = 120;',
    ].join('\n');
    expect(await findSecrets(scene, [], 'code')).toEqual([]);
  });

  it('finds personal data in code only inside strings, JSX text and comments', async () => {
    const scene = [
      'const card = <p>Call (415) 555-2671 today</p>;',
      'const mail = `Write to ${name} at jane.doe@acme-corp.io`;',
      'const intl = "+44 20 7946 0958";',
      'export const durationInFrames = 120;',
    ].join('\n');
    expect((await findSecrets(scene, [], 'code')).map((h) => [h.kind, h.line])).toEqual([
      ['phone', 1],
      ['email', 2],
      ['phone', 3],
    ]);
  });

  it('reads phone punctuation: a + country code, an area code in brackets, dashes or dots', async () => {
    const found = async (text: string) => (await findSecrets(text, [])).map((h) => h.kind);
    for (const number of ['+1 415 555 2671', '+44 20 7946 0958', '(415) 555-2671', '415-555-2671', '415.555.2671', '+33 1 42 68 53 00']) {
      expect(await found(`Call ${number} now`), number).toEqual(['phone']);
      expect(await found(`Our hotline is ${number}. Landscape scene.`), `${number} ending a sentence`).toEqual(['phone']);
    }
    for (const text of ['1920 1080 1080', '415 555 2671', 'frames 120 240 360 480', 'v1.2.3', '2024-03-15', '$1,200.00', 'build 415.555.2671.9']) {
      expect(await found(text), text).toEqual([]);
    }
  });
});

describe('redactText', () => {
  it('replaces every hit and keeps the rest', async () => {
    const hits = await findSecrets(code, ['example.com']);
    const redacted = redactText(code, hits);
    expect(redacted).not.toContain(githubToken);
    expect(redacted).not.toContain('S3cretPass');
    expect(redacted).not.toContain('jane.doe');
    expect(redacted).not.toContain('7946');
    expect(redacted).toContain('[REDACTED_CREDENTIAL]');
    expect(redacted).toContain('const contact = "user@example.com";');
    expect(redacted).toContain('const support = "+1 555 0100";');
    expect(redacted).toContain('hello@example.com');
  });

  it("keeps a connection string's quotes and the punctuation after it, so the scene still parses", async () => {
    const scene = `const a = '${connection}';\nconst b = { url: "${connection}", pool: 4 };\nconst c = \`${connection}\`;`;
    const redacted = redactText(scene, await findSecrets(scene, [], 'code'));
    expect(redacted).toBe(`const a = '[REDACTED_CREDENTIAL]';\nconst b = { url: "[REDACTED_CREDENTIAL]", pool: 4 };\nconst c = \`[REDACTED_CREDENTIAL]\`;`);
  });
});

describe('checkSecrets', () => {
  const targets = [
    { templateId: 'leaky', field: 'code' as const, text: code },
    { templateId: 'leaky', field: 'prompt' as const, variantId: 'curated-1', text: 'Call me on (415) 555-2671 for details.' },
    { templateId: 'clean', field: 'code' as const, text: 'export const durationInFrames = 30;' },
  ];

  it('fails on credentials and redacts personal data by default, naming template and line and never the value', async () => {
    const { findings, redactions } = await checkSecrets(targets, SecretsConfig.parse({}));
    expect(findings.map((f) => [f.rule, f.level, f.templateId, f.line])).toEqual([
      ['SECRET_CREDENTIAL', 'error', 'leaky', 2],
      ['SECRET_CREDENTIAL', 'error', 'leaky', 3],
      ['PII_EMAIL', 'warning', 'leaky', 4],
      ['PII_PHONE', 'warning', 'leaky', 5],
      ['PII_PHONE', 'warning', 'leaky', 1],
    ]);
    expect(findings[4]!.message).toContain('prompt curated-1 of template leaky');
    const text = JSON.stringify(findings);
    for (const secret of [githubToken, 'S3cretPass', 'jane.doe', '7946 0958', '555-2671']) expect(text).not.toContain(secret);
    expect(redactions.map((r) => [r.field, r.variantId])).toEqual([
      ['code', undefined],
      ['prompt', 'curated-1'],
    ]);
    expect(redactions[0]!.redactedText).toContain('const contact = "user@example.com";');
    expect(redactions[1]!.redactedText).toBe('Call me on +1 555 0100 for details.');
  });

  it('refuses personal data too under pii: fail', async () => {
    const { findings, redactions } = await checkSecrets(targets, SecretsConfig.parse({ pii: 'fail' }));
    expect(findings.every((f) => f.level === 'error')).toBe(true);
    expect(redactions).toEqual([]);
  });

  it('leaves a waived finding as it is and drops a rule that is off', async () => {
    const { findings, redactions } = await checkSecrets(targets, SecretsConfig.parse({}), undefined, (rule) =>
      rule === 'PII_EMAIL' ? 'waived' : rule === 'PII_PHONE' ? 'off' : 'active',
    );
    expect(findings.map((f) => f.rule)).toEqual(['SECRET_CREDENTIAL', 'SECRET_CREDENTIAL', 'PII_EMAIL', 'PII_PHONE', 'PII_PHONE']);
    expect(findings.some((f) => f.message.includes('redacted'))).toBe(false);
    expect(redactions).toEqual([]);
  });

  it('returns redacted texts under the redact policy', async () => {
    const { findings, redactions } = await checkSecrets(targets, SecretsConfig.parse({ policy: 'redact' }));
    expect(findings.every((f) => f.level === 'warning')).toBe(true);
    expect(redactions.map((r) => [r.templateId, r.field, r.variantId])).toEqual([
      ['leaky', 'code', undefined],
      ['leaky', 'prompt', 'curated-1'],
    ]);
    expect(redactions[1]!.redactedText).toBe('Call me on +1 555 0100 for details.');
    expect(redactions[0]!.redactedText).toContain('[REDACTED_CREDENTIAL]');
  });
});
