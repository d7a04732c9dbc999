import { describe, expect, it } from 'vitest';
import { hasComments, printWithoutComments } from './printing';
import { parseTsx } from './syntax';

describe('printWithoutComments', () => {
  it('drops line, block, doc and JSX comments and keeps look-alikes inside strings, templates, regexes and JSX text', () => {
    const source = [
      '/** The scene. */',
      "const url = 'https://example.com/*x*/'; // trailing",
      'const re = /\\/\\/+/g;',
      'const t = `// ${url} /* */`;',
      'export default () => (',
      '  <div title="a // b">{/* hidden */}// shown as text{url /* inline */}</div>',
      ');',
    ].join('\n');
    const printed = printWithoutComments(parseTsx(source));
    expect(printed).not.toMatch(/The scene|trailing|hidden|inline/);
    expect(printed).toContain("'https://example.com/*x*/'");
    expect(printed).toContain('/\\/\\/+/g');
    expect(printed).toContain('`// ${url} /* */`');
    expect(printed).toContain('// shown as text');
    expect(printed).toContain('title="a // b"');
  });

  it('separates top-level statements by exactly one blank line whatever the source spacing', () => {
    expect(printWithoutComments(parseTsx('const a = 1;\n\n\n\nconst b = 2;const c = 3;'))).toBe('const a = 1;\n\nconst b = 2;\n\nconst c = 3;\n');
  });
});

describe('hasComments', () => {
  it.each([
    ['const a = 1; // why', true],
    ['/* why */ const a = 1;', true],
    ['const el = <p>{/* why */}</p>;', true],
    ["const url = 'http://x.dev/*'; const re = /a\\/\\//;", false],
    ['const el = <p>// not a comment</p>;', false],
    ['const t = `/* ${1} // */`;', false],
  ])('%s → %s', (source, expected) => {
    expect(hasComments(parseTsx(source))).toBe(expected);
  });
});
