import { describe, expect, it } from 'vitest';
import { runTextStep } from '../test-support';
import { stripMarkdownFence } from './strip-markdown-fence';

const scene = `const { AbsoluteFill } = window.Remotion;\nexport default function A() {\n  return <AbsoluteFill />;\n}`;

describe('strip-markdown-fence', () => {
  it('keeps the fenced block and drops the prose around it', () => {
    const run = runTextStep(stripMarkdownFence, `Here is your scene:\n\n\`\`\`tsx\n${scene}\n\`\`\`\n\nIt fades in.`);
    expect(run.text).toBe(scene);
    expect(run.fixes).toEqual(['stripped-fence', 'stripped-prose']);
  });

  it('keeps everything after an opening fence whose closing fence never came (a cut-off stream)', () => {
    const run = runTextStep(stripMarkdownFence, `\`\`\`jsx\n${scene}\n`);
    expect(run.text).toBe(`${scene}\n`);
    expect(run.fixes).toEqual(['stripped-fence']);
  });

  it('keeps what precedes a lone closing fence at the end', () => {
    const run = runTextStep(stripMarkdownFence, `${scene}\n\`\`\`\n`);
    expect(run.text).toBe(scene);
  });

  it('decides a lone bare fence in the middle by which side parses', () => {
    const run = runTextStep(stripMarkdownFence, `Sure, one moment\n\`\`\`\n${scene}`);
    expect(run.text).toBe(scene);
  });

  it('refuses several fenced blocks: which one is the scene is a guess', () => {
    const run = runTextStep(stripMarkdownFence, `\`\`\`tsx\n${scene}\n\`\`\`\nand\n\`\`\`bash\nnpm i remotion\n\`\`\``);
    expect(run.text).toMatchObject({ refused: 'MULTIPLE_CODE_BLOCKS' });
  });

  it('leaves text without fence lines alone, even with backticks inside template literals', () => {
    const code = 'const s = `a ``` b`;\nexport default () => <div>{s}</div>;';
    const run = runTextStep(stripMarkdownFence, code);
    expect(run.text).toBe(code);
    expect(run.fixes).toEqual([]);
  });
});
