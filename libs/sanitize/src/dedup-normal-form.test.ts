import { describe, expect, it } from 'vitest';
import { normalizeCodeForDedup } from './dedup-normal-form';

describe('normalizeCodeForDedup', () => {
  it('maps code that differs only in comments, whitespace, quotes and line breaks to the same key', async () => {
    const a = "// intro\nconst title = 'Hi';\n\n\nexport default () => <h1 style={{ color: 'red' }}>{title}</h1>;\n";
    const b = 'const title = "Hi"   /* greeting */;\nexport default () => (\n  <h1\n    style={{\n      color: "red",\n    }}\n  >\n    {title}\n  </h1>\n)';
    expect(await normalizeCodeForDedup(a)).toBe(await normalizeCodeForDedup(b));
    expect(await normalizeCodeForDedup(a)).not.toMatch(/\n|intro|greeting|\s{2}/);
  });

  it('keeps code that differs in content apart', async () => {
    const a = await normalizeCodeForDedup("export default () => <h1>{'Hi'}</h1>;");
    const b = await normalizeCodeForDedup("export default () => <h1>{'Bye'}</h1>;");
    expect(a).not.toBe(b);
  });

  it('still gives a key for text prettier cannot format', async () => {
    expect(await normalizeCodeForDedup('const = ;')).toEqual(expect.any(String));
  });
});
