import { keep, reject, type AppliedFix, type CleanRule } from './rule';

const RULE = 'strip-fences';
const FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+.-]*)[^\n]*\n([\s\S]*?)\n?[ \t]*\1[ \t]*$/gm;
const PYTHON_LANGUAGES = new Set(['', 'python', 'py', 'python3', 'py3']);
const CODE_START = /^(from\s+\S+\s+import\b|import\s+\S|class\s+\w|def\s+\w|async\s+def\s|@\w|#|"""|''')/;

interface Block {
  language: string;
  body: string;
  start: number;
  end: number;
}

function fencedBlocks(text: string): Block[] {
  return [...text.matchAll(FENCE)].map((m) => ({ language: (m[2] ?? '').toLowerCase(), body: m[3] ?? '', start: m.index, end: m.index + m[0].length }));
}

/** Text outside a fence that is more than blank lines or stray fence markers of a nested wrapper. */
function isProse(text: string): boolean {
  return text.replace(/^[ \t]*(`{3,}|~{3,})[ \t]*$/gm, '').trim() !== '';
}

/** The block most likely to be the scene: a Python one, preferably holding a Scene class, else the longest. */
function pickBlock(blocks: readonly Block[]): Block | null {
  const python = blocks.filter((b) => PYTHON_LANGUAGES.has(b.language));
  if (python.length === 0) return null;
  const scenes = python.filter((b) => /\bclass\s+\w+\s*\([^)]*Scene/.test(b.body));
  const pool = scenes.length > 0 ? scenes : python;
  return pool.reduce((best, b) => (b.body.length > best.body.length ? b : best));
}

/** An opening fence with no closing one (truncated exports): drop the fence line(s) themselves. */
function stripUnclosedFence(text: string): string | null {
  const opened = /^[ \t]*(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+.-]*)[ \t]*\n/.exec(text);
  if (!opened || !PYTHON_LANGUAGES.has((opened[2] ?? '').toLowerCase())) return null;
  return text.slice(opened[0].length).replace(/\n[ \t]*(`{3,}|~{3,})[ \t]*$/, '');
}

/** Lines from the first that starts like code to the last that looks like code (indented or code-shaped). */
function withoutProse(text: string): string | null {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => CODE_START.test(l));
  if (first < 0) return null;
  let last = lines.length - 1;
  while (last > first && !/^\s+\S|[)\]}:,'"]\s*$|^\s*$/.test(lines[last]!) ) last--;
  while (last > first && lines[last]!.trim() === '') last--;
  const kept = lines.slice(first, last + 1).join('\n');
  return kept === text.trim() ? null : kept;
}

/**
 * Markdown fences and prose around the code go: the dataset wraps code in exactly one fence itself, so a
 * fence left here would become a double fence. Nested wrappers (a fence inside a fence) are peeled too.
 */
export const stripFences: CleanRule = {
  name: RULE,
  apply: async (candidate, { checker }) => {
    let code = candidate.code.replace(/\r\n?/g, '\n');
    const fixes: AppliedFix[] = [];
    // Code that parses is code: a fence inside one of its strings is content, not a wrapper.
    if ((await checker.analyze(code)).ok) {
      if (/^[ \t]*(```|~~~)/m.test(code)) return reject('CODE_CONTAINS_FENCE', 'a markdown fence line sits inside the code (in a string)');
      return keep({ ...candidate, code, facts: code === candidate.code ? candidate.facts : null });
    }
    let proseSeen = false;
    let fences = 0;
    for (;;) {
      const blocks = fencedBlocks(code);
      const block = pickBlock(blocks);
      if (block) {
        if (isProse(code.slice(0, block.start)) || isProse(code.slice(block.end))) proseSeen = true;
        code = block.body;
        fences++;
        continue;
      }
      const unclosed = blocks.length === 0 ? stripUnclosedFence(code) : null;
      if (unclosed !== null) {
        code = unclosed;
        fences++;
        continue;
      }
      break;
    }
    code = code.replace(/^\s*\n/, '').trimEnd();
    if (fences > 0) fixes.push({ rule: RULE, code: 'FENCE_STRIPPED', message: fences === 1 ? 'removed a markdown fence' : `removed ${fences} nested markdown fences` });

    if (code.includes('\n') && !(await checker.analyze(code)).ok) {
      const trimmed = withoutProse(code);
      if (trimmed !== null && (await checker.analyze(trimmed)).ok) {
        code = trimmed;
        proseSeen = true;
      }
    }
    if (proseSeen) fixes.push({ rule: RULE, code: 'PROSE_STRIPPED', message: 'removed prose around the code' });
    if (/^[ \t]*(```|~~~)/m.test(code)) return reject('CODE_CONTAINS_FENCE', 'a markdown fence line remains inside the code');
    return keep({ ...candidate, code, facts: code === candidate.code ? candidate.facts : null, fixes: [...candidate.fixes, ...fixes] });
  },
};
