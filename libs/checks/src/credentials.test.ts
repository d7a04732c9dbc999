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
});
