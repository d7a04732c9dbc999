import { describe, expect, it } from 'vitest';
import type { PromptVariant, SanitizedScene } from '@dataset/domain';
import { briefFor, locate, makePrompts, makeScene, sceneCode } from './fixtures';
import { checkPayloads, inspectCode, statedFormats, statedFrames, statedSeconds } from './payload';

function lint(scene: SanitizedScene, prompts: PromptVariant[] = makePrompts(scene), sceneForMeta: SanitizedScene = scene) {
  const examples = locate([sceneForMeta], prompts, () => 'train').map((e) => ({
    ...e,
    example: { ...e.example, messages: e.example.messages.map((m) => (m.role === 'assistant' ? { ...m, content: scene.code } : m)) },
  }));
  return checkPayloads(examples, { scenes: [scene], prompts, secondsTolerance: 0.5 });
}
const rules = (findings: { rule: string }[]): string[] => [...new Set(findings.map((f) => f.rule))].sort();

describe('inspectCode', () => {
  it('finds nothing wrong in a clean scene', () => {
    expect(inspectCode(sceneCode('clean', 120))).toEqual({ startsWithCode: true, fenceLines: [], proseLines: [], syntaxErrorLines: [], durationExport: 120 });
  });

  it('never takes declarations for prose: prose is read from the syntax tree, not from words on a line', () => {
    const code = [
      'let hue, opacity, scale;',
      'let x = 0, y = 0, z = 0;',
      'var items, index, total, offset;',
      'export const durationInFrames = 90;',
    ].join('\n');
    expect(inspectCode(code)).toMatchObject({ proseLines: [], syntaxErrorLines: [] });
  });

  it('keeps sentences that are the scene\'s own copy: JSX text, strings and template strings', () => {
    const code = [
      'const line = `${name} just joined the team. Say hello and share your first project.`;',
      'const quotes = ["It changed how we ship. Honestly, the best tool we bought this year.", "Five stars."];',
      'export default function Card() {',
      '  return <p>Welcome back. Sign in to continue to your dashboard.</p>;',
      '}',
      'export const durationInFrames = 90;',
    ].join('\n');
    expect(inspectCode(code)).toMatchObject({ proseLines: [], syntaxErrorLines: [] });
  });

  it('flags a markdown heading that survived into a string concatenation', () => {
    const code = ['const steps =', '  "Open the dashboard. " +', '  "## Step 2: Add the chart" +', '  "Then press play.";', "const color = '#3b82f6';", 'export const durationInFrames = 90;'].join('\n');
    expect(inspectCode(code).proseLines).toEqual([3]);
  });

  it('tells broken code from prose', () => {
    const facts = inspectCode(['const a = (1;', 'export const durationInFrames = 90;'].join('\n'));
    expect(facts.proseLines).toEqual([]);
    expect(facts.syntaxErrorLines).toEqual([1]);
  });

  it('reads a module with a very long + chain and a megabyte string table without overflowing the stack', () => {
    const chain = `const long = ${Array.from({ length: 40_000 }, (_, i) => `"part ${i}"`).join(' +\n  ')};`;
    const table = `const rows = [${Array.from({ length: 20_000 }, (_, i) => `"Testimonial number ${i}: the product is great and support answers fast."`).join(',\n')}];`;
    const facts = inspectCode([chain, table, 'export const durationInFrames = 90;'].join('\n'));
    expect(facts).toMatchObject({ proseLines: [], syntaxErrorLines: [], durationExport: 90 });
  });

  it('flags a prose preamble and a closing explanation, but not JSX text or strings', () => {
    const code = [
      'Here is the scene you asked for:',
      'const { AbsoluteFill } = window.Remotion;',
      'const tagline = "Grow your audience with every single post.";',
      'export const durationInFrames = 60;',
      'export default function Hero() {',
      '  return (',
      '    <AbsoluteFill>',
      '      Welcome to the future of video creation',
      '    </AbsoluteFill>',
      '  );',
      '}',
      'This component fades the hero text in over two seconds.',
    ].join('\n');
    const facts = inspectCode(code);
    expect(facts.startsWithCode).toBe(false);
    expect(facts.proseLines).toEqual([1, 12]);
  });

  it('does not take object literals, imports or number lists for prose', () => {
    const code = [
      "import React from 'react';",
      'const person = {',
      "  role: 'Head of Operations, Lumen Logistics',",
      "  fontFamily: 'Inter, system-ui, sans-serif',",
      '};',
      'const frames = [',
      '  0, 30, 60, 90,',
      '];',
      'export const durationInFrames = 90;',
    ].join('\n');
    expect(inspectCode(code).proseLines).toEqual([]);
  });

  it('flags chatty lines with contractions and numbers', () => {
    const code = ["Sure! Here's the leaderboard scene with animated rank changes:", 'const a = 1;', 'The donut fills in 3 seconds, then pops.'].join('\n');
    expect(inspectCode(code).proseLines).toEqual([1, 3]);
  });

  it('flags markdown headings and fences', () => {
    const facts = inspectCode('```tsx\nconst a = 1;\n```\n### Notes\nexport const durationInFrames = 30;');
    expect(facts.fenceLines).toEqual([1, 3]);
    expect(facts.startsWithCode).toBe(false);
    expect(facts.proseLines).toContain(4);
  });

  it('reads durationInFrames only from an exported literal', () => {
    expect(inspectCode('export const durationInFrames = 4 * 30;').durationExport).toBe('not-literal');
    expect(inspectCode('const durationInFrames = 90;').durationExport).toBeNull();
  });
});

describe('stated format and timing', () => {
  it('reads orientation statements and ignores descriptive words', () => {
    expect(statedFormats('Format: portrait. Duration: ≈ 4 seconds (120 frames).')).toEqual(['portrait']);
    expect(statedFormats('A vertical video with square buttons')).toEqual(['portrait']);
    expect(statedFormats('Landscape hero in 16:9 with rounded square tiles')).toEqual(['landscape']);
    expect(statedFormats('A square format promo')).toEqual(['square']);
    expect(statedFormats('Use the portrait photo of the founder')).toEqual([]);
  });

  it('reads frames and seconds', () => {
    expect(statedFrames('≈ 4 seconds (120 frames)')).toEqual([120]);
    expect(statedSeconds('≈ 4.5 seconds, a 3-second intro, 2s outro')).toEqual([4.5, 3, 2]);
  });
});

describe('checkPayloads', () => {
  it('passes examples built from the template itself', () => {
    expect(lint(makeScene('clean'))).toEqual([]);
  });

  it('flags code that does not start with code, fences and prose', () => {
    const base = makeScene('fenced');
    const scene = { ...base, code: `Sure! Here is the code:\n\`\`\`tsx\n${base.code}\n\`\`\`` };
    // the opening fence also turns the module into a template literal, hiding the duration export
    expect(rules(lint(scene))).toEqual(['PAYLOAD_CODE_DURATION_MISSING', 'PAYLOAD_CODE_FENCE', 'PAYLOAD_NOT_CODE_START', 'PAYLOAD_PROSE']);
  });

  it('flags a code duration that disagrees with the meta, or is missing', () => {
    const mismatched = makeScene('slow', { duration: 120, code: sceneCode('slow', 150) });
    const findings = lint(mismatched);
    expect(rules(findings)).toEqual(['PAYLOAD_CODE_DURATION_MISMATCH']);
    expect(findings[0]!.message).toContain('durationInFrames = 150, meta says 120');
    const missing = makeScene('bare', { code: sceneCode('bare', 120).replace('export const durationInFrames = 120;', '') });
    expect(rules(lint(missing))).toEqual(['PAYLOAD_CODE_DURATION_MISSING']);
  });

  it('flags a brief whose orientation the template does not support', () => {
    const scene = makeScene('wide', { supportedFormats: ['landscape'] });
    const prompts = [{ templateId: 'wide', variantId: 'base', origin: 'base' as const, text: briefFor(scene, 'portrait') }];
    const findings = lint(scene, prompts);
    expect(rules(findings)).toEqual(['PAYLOAD_ORIENTATION_MISMATCH']);
    expect(findings[0]!.exampleRef).toEqual({ split: 'train', line: 1, templateId: 'wide' });
  });

  it('flags a brief whose frames or seconds disagree with the meta', () => {
    const scene = makeScene('timed', { duration: 120 });
    const frames = [{ templateId: 'timed', variantId: 'base', origin: 'base' as const, text: 'Format: landscape. Duration: ≈ 4 seconds (150 frames).' }];
    expect(rules(lint(scene, frames))).toEqual(['PAYLOAD_DURATION_MISMATCH']);
    const seconds = [{ templateId: 'timed', variantId: 'base', origin: 'base' as const, text: 'A landscape intro lasting 9 seconds.' }];
    expect(rules(lint(scene, seconds))).toEqual(['PAYLOAD_DURATION_MISMATCH']);
    const close = [{ templateId: 'timed', variantId: 'base', origin: 'base' as const, text: 'A landscape intro of about 4.3 seconds.' }];
    expect(lint(scene, close)).toEqual([]);
  });

  it('flags code or a brief that belong to another template', () => {
    const scene = makeScene('mine');
    const other = makeScene('other');
    const prompts = makePrompts(scene);
    const swapped = locate([scene], prompts, () => 'train').map((e) => ({
      ...e,
      example: { ...e.example, messages: e.example.messages.map((m) => (m.role === 'assistant' ? { ...m, content: other.code } : m)) },
    }));
    expect(rules(checkPayloads(swapped, { scenes: [scene, other], prompts, secondsTolerance: 0.5 }))).toEqual(['PAYLOAD_CODE_NOT_FROM_TEMPLATE']);
    expect(rules(checkPayloads(swapped, { scenes: [other], prompts, secondsTolerance: 0.5 }))).toEqual(['PAYLOAD_UNKNOWN_TEMPLATE']);
    const examples = locate([scene], prompts, () => 'test');
    const foreign = [{ ...prompts[0]!, text: `${prompts[0]!.text} Also add confetti.` }, prompts[1]!];
    expect(rules(checkPayloads(examples, { scenes: [scene], prompts: foreign, secondsTolerance: 0.5 }))).toEqual(['PAYLOAD_PROMPT_NOT_FROM_TEMPLATE']);
  });
});
