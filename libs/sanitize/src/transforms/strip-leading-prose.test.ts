import { describe, expect, it } from 'vitest';
import { runTextStep } from '../test-support';
import { stripLeadingProse } from './strip-leading-prose';

const scene = `const { AbsoluteFill } = window.Remotion;\nexport default function A() {\n  return <AbsoluteFill />;\n}`;

describe('strip-leading-prose', () => {
  it('drops a preamble before the first line that starts code', () => {
    const run = runTextStep(stripLeadingProse, `Sure! Here's the updated scene with a smoother fade:\n\n${scene}`);
    expect(run.text).toBe(scene);
    expect(run.fixes).toEqual(['stripped-prose']);
  });

  it('leaves code that already parses alone, even when its first line is not a declaration', () => {
    const code = `window.scrollTo(0, 0);\n${scene}`;
    expect(runTextStep(stripLeadingProse, code).text).toBe(code);
  });

  it('does not cut lines that look like code', () => {
    const code = `render(<Title />) {\n${scene}`;
    const run = runTextStep(stripLeadingProse, code);
    expect(run.text).toBe(code);
    expect(run.fixes).toEqual([]);
  });
});
