import { describe, expect, it } from 'vitest';
import { findSecrets, redactText } from './secrets';

// Realistic fakes, assembled from parts so this file itself holds no scannable value, and none of them a
// documentation example (which scanners allowlist and a leak test must still catch).
// Each as [before, the secret part, after].
const fakes: Record<string, [string, string, string]> = {
  'aws access key id': ['AKIA', '2QX7R4NB6WZT3PLM', ''],
  'aws documentation key id': ['AKIA', 'IOSFODNN7EXAMPLE', ''],
  'openai project key': ['sk-proj-', '4fG7hJ2kL9mN3pQ6rS8tV1wX5yZ0aB3cD7eF', ''],
  'generic sk key': ['sk-', 'Xy7Qp2Lm9Rt4Vw8Zb3Nc6Hd1', ''],
  'stripe test key': ['sk_test_', '51Hx2QkL9mN3pR7tV5wY8zA1', ''],
  'json web token': ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ.Qm9f3kL2pX8vN1rT6yW4zA7cE0gH5jK9mB3nD2sF1aQ', ''],
  'redis url with password': ['redis://default:', 'Zq8vLr2Mx5', '@cache.internal:6379'],
  'https basic auth': ['https://deploy:', 'h7Gk2Pq9Wz', '@git.example-corp.io/repo.git'],
};

describe('credential shapes beyond the preset', () => {
  for (const [name, [before, secret, after]] of Object.entries(fakes)) {
    it(`finds a ${name} in code, and redaction removes it`, async () => {
      const code = `const config = { value: "${before}${secret}${after}" };\nexport const durationInFrames = 30;`;
      const hits = await findSecrets(code, [], 'code');
      expect(hits.map((h) => [h.kind, h.line])).toEqual([['credential', 1]]);
      expect(redactText(code, hits)).not.toContain(secret);
    });
  }

  it('leaves class names, placeholders and ordinary urls alone', async () => {
    const scene = [
      'const a = <div className="sk-skeleton-loader-wrapper-item" />;',
      'const b = "sk-circle-fade-animation-container";',
      'const c = "postgres://user:${PASSWORD}@localhost:5432/app";',
      'const d = "https://user:****@host.io/path";',
      'const e = "https://images.unsplash.com/photo-1500530855697-b586d89ba3ee?w=800";',
      'const f = "AKIA is not a key";',
      'export const durationInFrames = 30;',
    ].join('\n');
    expect(await findSecrets(scene, [], 'code')).toEqual([]);
  });

  it('redacts an AWS key pair in a config object whole, keeping the key names and quotes so the scene still parses', async () => {
    // Fabricated: a base32 key id and a 40-character secret ending in a character secretlint's rule stops before.
    const keyId = ['AKIA', 'ZQ4XN7BW2RT6PLM3'].join('');
    const secret = ['tR8vQz2Lx5Rb9Nc3Vd7H', 'f1Jp4Ys6Ga0Wt8Ez2Ku/'].join('');
    const scene = [
      `const upload = { accessKeyId: '${keyId}', secretAccessKey: '${secret}', region: 'eu-west-1' };`,
      `const env = { AWS_SECRET_ACCESS_KEY: "${secret}" };`,
      'export const durationInFrames = 30;',
    ].join('\n');
    const hits = await findSecrets(scene, [], 'code');
    expect(hits.map((h) => [h.kind, h.line])).toEqual([
      ['credential', 1],
      ['credential', 1],
      ['credential', 2],
    ]);
    expect(redactText(scene, hits)).toBe(
      [
        "const upload = { accessKeyId: '[REDACTED_CREDENTIAL]', secretAccessKey: '[REDACTED_CREDENTIAL]', region: 'eu-west-1' };",
        'const env = { AWS_SECRET_ACCESS_KEY: "[REDACTED_CREDENTIAL]" };',
        'export const durationInFrames = 30;',
      ].join('\n'),
    );
  });
});
