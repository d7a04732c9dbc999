import { describe, expect, it } from 'vitest';
import { runTextStep } from '../test-support';
import { takeGetCodeString } from './take-get-code-string';

const code = 'const { AbsoluteFill } = window.Remotion;\nexport default function Dot() {\n  return <AbsoluteFill />;\n}\n';

describe('take-get-code-string', () => {
  it('takes the code a registry module only carries as its getCode() string', () => {
    const registry = `export const templateConfig = {\n  id: 'dot',\n  duration: 90,\n  getCode: () => \`${code}\`,\n};\n`;
    const run = runTextStep(takeGetCodeString, registry);
    expect(run.text).toBe(code);
    expect(run.fixes).toEqual(['code-from-getCode']);
    expect(run.hints.durationInFrames).toBe(90);
  });

  it('reads a top-level getCode function returning a string', () => {
    const registry = `export function getCode() {\n  return \`${code}\`;\n}\n`;
    expect(runTextStep(takeGetCodeString, registry).text).toBe(code);
  });

  it('leaves a module that declares its component to dropTemplateConfig', () => {
    const registry = `import { AbsoluteFill } from 'remotion';\nexport const Dot = () => <AbsoluteFill />;\nexport const templateConfig = { component: Dot, getCode: () => \`${code}\` };\n`;
    expect(runTextStep(takeGetCodeString, registry).text).toBe(registry);
  });

  it('does not evaluate a getCode string with substitutions', () => {
    const registry = 'const color = "red";\nexport const templateConfig = { getCode: () => `const c = "${color}";` };\n';
    expect(runTextStep(takeGetCodeString, registry).text).toBe(registry);
  });
});
