import type { TextTransformation } from '../step';
import { refuse } from '../outcome';

/** A markdown fence line: three backticks and an optional language tag, nothing else. */
const FENCE_LINE = /^[ \t]*```[\w+#.-]*[ \t]*$/;
const LANGUAGE_TAG = /```[ \t]*[\w+#.-]+/;

/**
 * Keeps what is inside the markdown code fence. Fences are located by line (the only regex in the sanitizer,
 * allowed because it runs before there is anything to parse); the kept text must still parse later.
 * An unterminated opening fence (a streamed answer cut short) keeps everything after it; several fenced
 * blocks are ambiguous and refused.
 */
export const stripMarkdownFence: TextTransformation = {
  name: 'strip-markdown-fence',
  apply(text, context) {
    if (!text.includes('```')) return text;
    const lines = text.split('\n');
    const fences = lines.flatMap((line, index) => (FENCE_LINE.test(line) ? [index] : []));
    if (fences.length === 0) return text;

    let kept: { from: number; to: number } | undefined;
    if (fences.length === 1) {
      kept = loneFenceSide(lines, fences[0]!, context.syntaxErrors);
    } else if (fences.length === 2) {
      kept = { from: fences[0]! + 1, to: fences[1]! };
    } else {
      const blocks = Math.ceil(fences.length / 2);
      return refuse('MULTIPLE_CODE_BLOCKS', `found ${blocks} fenced code blocks; cannot tell which one is the scene`);
    }
    if (!kept) return text;

    const inside = lines.slice(kept.from, kept.to).join('\n');
    const outside = [...lines.slice(0, kept.from), ...lines.slice(kept.to)].filter((line) => !FENCE_LINE.test(line));
    context.fix('stripped-fence');
    if (outside.some((line) => line.trim() !== '')) context.fix('stripped-prose');
    return inside;
  },
};

/**
 * One fence alone is either an opener whose closer never came or a closer whose opener was cut: a language
 * tag or nothing but blank lines before it means opener, nothing after it means closer; otherwise the side
 * that parses wins, and if neither or both parse the text is left for the parser to judge.
 */
function loneFenceSide(
  lines: readonly string[],
  fence: number,
  syntaxErrors: (text: string) => readonly unknown[],
): { from: number; to: number } | undefined {
  const before = lines.slice(0, fence);
  const after = lines.slice(fence + 1);
  const blank = (part: readonly string[]): boolean => part.every((line) => line.trim() === '');
  const opener = { from: fence + 1, to: lines.length };
  const closer = { from: 0, to: fence };
  if (LANGUAGE_TAG.test(lines[fence]!) || blank(before)) return opener;
  if (blank(after)) return closer;
  const afterParses = syntaxErrors(after.join('\n')).length === 0;
  const beforeParses = syntaxErrors(before.join('\n')).length === 0;
  if (afterParses === beforeParses) return undefined;
  return afterParses ? opener : closer;
}

