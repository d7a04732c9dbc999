import { describe, expect, it } from 'vitest';
import { runTextStep } from '../test-support';
import { repairJsxCloseTags } from './repair-jsx-close-tags';

describe('repair-jsx-close-tags', () => {
  it('closes tags written with a space after <', () => {
    const before = 'export default () => (\n  <div>\n    <span>hi< /span>\n  < /div>\n);';
    const run = runTextStep(repairJsxCloseTags, before);
    expect(run.text).toBe('export default () => (\n  <div>\n    <span>hi</span>\n  </div>\n);');
    expect(run.fixes).toEqual(['repaired-jsx-close-tag']);
  });

  it('repairs member-expression tags too', () => {
    const run = runTextStep(repairJsxCloseTags, 'const A = () => <R.Sequence from={3}>x< / R.Sequence>;');
    expect(run.text).toBe('const A = () => <R.Sequence from={3}>x</ R.Sequence>;');
  });

  it('repairs every broken tag of a long list, leaving a "< /b>" in a string after them alone', () => {
    const rows = Array.from({ length: 150 }, (_, index) => `    <li>Row ${index}< /li>`).join('\n');
    const before = `export default () => (\n  <ul>\n${rows}\n    <li>{'a < /b>'}< /li>\n  < /ul>\n);`;
    const run = runTextStep(repairJsxCloseTags, before);
    expect(run.text).toBe(before.replace(/< \/(li|ul)>/g, '</$1>'));
    expect(run.text).toContain("{'a < /b>'}");
  });

  it('leaves valid code with "< /" in strings and comparisons alone', () => {
    const code = "const label = 'a < /b>';\nconst ok = 1 < /x/.source.length;\nexport default () => <p>{label}</p>;";
    const run = runTextStep(repairJsxCloseTags, code);
    expect(run.text).toBe(code);
    expect(run.fixes).toEqual([]);
  });
});
