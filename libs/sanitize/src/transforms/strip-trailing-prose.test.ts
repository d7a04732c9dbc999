import { describe, expect, it } from 'vitest';
import { runTextStep } from '../test-support';
import { stripTrailingProse } from './strip-trailing-prose';

const scene = `const { AbsoluteFill } = window.Remotion;\nexport default function A() {\n  return <AbsoluteFill />;\n}`;

describe('strip-trailing-prose', () => {
  it('drops an explanation after the code', () => {
    const run = runTextStep(stripTrailingProse, `${scene}\n\nThis scene fills the frame; tweak the colours to taste.\nLet me know!`);
    expect(run.text).toBe(scene);
    expect(run.fixes).toEqual(['stripped-prose']);
  });

  it('does not cut when what follows the error looks like code', () => {
    const code = `${scene}\nNote how <AbsoluteFill> works`;
    const run = runTextStep(stripTrailingProse, code);
    expect(run.text).toBe(code);
    expect(run.fixes).toEqual([]);
  });

  it('leaves code that parses alone', () => {
    expect(runTextStep(stripTrailingProse, scene).text).toBe(scene);
  });
});
