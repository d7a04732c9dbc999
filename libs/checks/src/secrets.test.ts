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
    const hits = await findSecrets(code, SecretsConfig.parse({}).allowEmailDomains);
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
    expect(redacted).toContain('const contact = "[REDACTED_EMAIL]";');
    expect(redacted).toContain('hello@example.com');
  });
});

describe('checkSecrets', () => {
  const targets = [
    { templateId: 'leaky', field: 'code' as const, text: code },
    { templateId: 'leaky', field: 'prompt' as const, variantId: 'curated-1', text: 'Call me on (415) 555-2671 for details.' },
    { templateId: 'clean', field: 'code' as const, text: 'export const durationInFrames = 30;' },
  ];

  it('fails by default, naming template and line and never the value', async () => {
    const { findings, redactions } = await checkSecrets(targets, SecretsConfig.parse({}));
    expect(findings.map((f) => [f.rule, f.level, f.templateId, f.line])).toEqual([
      ['SECRET_CREDENTIAL', 'error', 'leaky', 2],
      ['SECRET_CREDENTIAL', 'error', 'leaky', 3],
      ['PII_EMAIL', 'error', 'leaky', 4],
      ['PII_PHONE', 'error', 'leaky', 5],
      ['PII_PHONE', 'error', 'leaky', 1],
    ]);
    expect(findings[4]!.message).toContain('prompt curated-1 of template leaky');
    const text = JSON.stringify(findings);
    for (const secret of [githubToken, 'S3cretPass', 'jane.doe', '7946 0958', '555-2671']) expect(text).not.toContain(secret);
    expect(redactions).toEqual([]);
  });

  it('returns redacted texts under the redact policy', async () => {
    const { findings, redactions } = await checkSecrets(targets, SecretsConfig.parse({ policy: 'redact' }));
    expect(findings.every((f) => f.level === 'warning')).toBe(true);
    expect(redactions.map((r) => [r.templateId, r.field, r.variantId])).toEqual([
      ['leaky', 'code', undefined],
      ['leaky', 'prompt', 'curated-1'],
    ]);
    expect(redactions[1]!.redactedText).toBe('Call me on [REDACTED_PHONE] for details.');
  });
});
