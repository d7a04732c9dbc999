import type { FixCode } from '../codes';
import { describePythonError, type PythonToken } from '../python/facts';
import { keep, reject, type CleanRule } from './rule';

const RULE = 'repair-flattened';

/** A statement cut out of a flattened line, with the whitespace that stood before it. */
export interface FlatStatement {
  text: string;
  gap: number;
  tokens: PythonToken[];
}

const HEADERS = new Set(['class', 'def', 'async', 'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally']);
/** Keywords that cannot continue an expression, so after a complete expression they begin a statement. */
const ALWAYS_STARTS = new Set(['class', 'def', 'return', 'pass', 'break', 'continue', 'raise', 'del', 'assert', 'global', 'nonlocal', 'while', 'with', 'try', 'except', 'finally', 'elif', 'yield', 'async', 'await', 'lambda', 'for']);
/** Keywords that continue an expression (`a and b`, `x if c else y`, `from m import n`). */
const CONTINUES = new Set(['and', 'or', 'not', 'in', 'is', 'as', 'if', 'else', 'from', 'import']);
const KEYWORD_ATOMS = new Set(['True', 'False', 'None', 'pass', 'break', 'continue']);
const KEYWORDS = new Set([...ALWAYS_STARTS, ...CONTINUES, ...KEYWORD_ATOMS, 'return']);

function endsExpression(token: PythonToken, previous: PythonToken | undefined): boolean {
  if (token.type === 'NAME') return !KEYWORDS.has(token.string) || KEYWORD_ATOMS.has(token.string);
  if (token.type === 'NUMBER' || token.type === 'STRING' || token.type === 'FSTRING_END') return true;
  if (token.type === 'OP') return [')', ']', '}', '...'].includes(token.string) || (token.string === '*' && previous?.string === 'import');
  return false;
}

/** Index of the next depth-0 token satisfying `test` at or after `from`, or -1. */
function nextAtDepthZero(tokens: readonly PythonToken[], from: number, test: (t: PythonToken) => boolean): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (depth === 0 && test(t)) return i;
    if (['(', '[', '{'].includes(t.string) || t.type === 'FSTRING_START') depth++;
    if ([')', ']', '}'].includes(t.string) || t.type === 'FSTRING_END') depth--;
  }
  return -1;
}

/** `@name.attr(...)` followed by def/class/another decorator: a decorator, not matrix multiplication. */
function isDecorator(tokens: readonly PythonToken[], at: number): boolean {
  let i = at + 1;
  if (tokens[i]?.type !== 'NAME') return false;
  i++;
  while (tokens[i]?.string === '.' && tokens[i + 1]?.type === 'NAME') i += 2;
  if (tokens[i]?.string === '(') {
    const close = nextAtDepthZero(tokens, i, (t) => t.string === ')');
    i = close < 0 ? tokens.length : close + 1;
  }
  const after = tokens[i];
  return after !== undefined && (after.string === '@' || ['def', 'class', 'async'].includes(after.string));
}

function startsStatement(tokens: readonly PythonToken[], i: number, head: string): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1]!;
  if (!endsExpression(previous, tokens[i - 2])) return false;
  if (token.type === 'STRING') return previous.type !== 'STRING';
  if (token.type === 'NUMBER') return true;
  if (token.string === '@') return isDecorator(tokens, i);
  if (token.type !== 'NAME') return false;
  if (!KEYWORDS.has(token.string) || KEYWORD_ATOMS.has(token.string) || token.string === 'return') return true;
  if (ALWAYS_STARTS.has(token.string)) return true;
  switch (token.string) {
    case 'import':
      return head !== 'from';
    case 'from':
      return head !== 'raise' && previous.string !== 'yield';
    case 'else':
      return tokens[i + 1]?.string === ':';
    case 'if': {
      // `x if c else y` is an expression; `if c:` is a statement: whichever of `:` / `else` comes first.
      const colon = nextAtDepthZero(tokens, i + 1, (t) => t.string === ':');
      const otherwise = nextAtDepthZero(tokens, i + 1, (t) => t.string === 'else');
      return colon >= 0 && (otherwise < 0 || colon < otherwise);
    }
    default:
      return false;
  }
}

/**
 * Cuts one flattened line into statements using CPython's tokens: a statement ends after a block
 * header's colon, at `;`, or where a complete expression is followed by something that cannot continue
 * it (`c = Circle() self.play(...)`). Returns a reason instead when the line cannot be cut reliably.
 */
export function splitFlattened(code: string, tokens: readonly PythonToken[]): FlatStatement[] | string {
  if (tokens.some((t) => t.type === 'COMMENT')) return 'a # comment swallowed the rest of the line';
  const statements: FlatStatement[] = [];
  let current: PythonToken[] = [];
  let gap = 0;
  let depth = 0;
  const flush = () => {
    if (current.length > 0) statements.push({ text: code.slice(current[0]!.start, current[current.length - 1]!.end), gap, tokens: current });
    current = [];
  };
  tokens.forEach((token, i) => {
    if (depth === 0 && current.length > 0 && startsStatement(tokens, i, current[0]!.string)) flush();
    if (token.string === ';' && depth === 0) {
      flush();
      return;
    }
    if (current.length === 0) gap = i === 0 ? 0 : token.start - tokens[i - 1]!.end;
    current.push(token);
    if (['(', '[', '{'].includes(token.string) || token.type === 'FSTRING_START') depth++;
    if ([')', ']', '}'].includes(token.string) || token.type === 'FSTRING_END') depth--;
    // A block header ends at its first top-level colon; the body starts right after.
    if (depth === 0 && token.string === ':' && HEADERS.has(current[0]!.string)) flush();
  });
  flush();
  return statements;
}

/** Two blank lines before each top-level class/def (after any decorators), as the code had before flattening. */
export function separateTopLevel(lines: readonly string[]): string {
  return lines
    .map((line, i) => {
      const opensTopLevel = /^(class |def |async def |@)/.test(line) && i > 0 && !lines[i - 1]!.startsWith('@');
      return opensTopLevel ? `\n\n${line}` : line;
    })
    .join('\n');
}

/** Indentation from the whitespace that survived flattening (`offset` 1 when each newline became a space). */
export function indentFromGaps(statements: readonly FlatStatement[], offset: number): string | null {
  if (!statements.slice(1).some((s) => s.gap >= 2)) return null;
  return separateTopLevel(statements.map((s, i) => ' '.repeat(i === 0 ? 0 : Math.max(0, s.gap - offset)) + s.text));
}

/**
 * Indentation rebuilt from structure alone, for lines where no indentation survived. Only class and def
 * open blocks here: with any other block (for, if, with, ...) the end of the block is a guess, and a
 * guess that parses can still change what the scene does, so such code is left unrepaired.
 */
export function indentFromStructure(statements: readonly FlatStatement[]): string | { ambiguous: string } {
  const lines: string[] = [];
  let classOpen = false;
  let bodyLevel = 0;
  let pendingDecorators: string[] = [];
  for (const statement of statements) {
    const head = statement.tokens[0]!.string;
    const second = statement.tokens[1]?.string;
    const isHeader = statement.text.endsWith(':') && HEADERS.has(head);
    if (head === '@') {
      pendingDecorators.push(statement.text);
      continue;
    }
    let level: number;
    if (head === 'class') {
      level = 0;
      classOpen = true;
      bodyLevel = 1;
    } else if (head === 'def' || (head === 'async' && second === 'def')) {
      const defAt = head === 'def' ? 0 : 1;
      const firstParameter = statement.tokens[defAt + 3]?.string;
      const isMethod = classOpen && (firstParameter === 'self' || firstParameter === 'cls' || pendingDecorators.some((d) => /@(staticmethod|classmethod|property)\b/.test(d)));
      if (!isMethod) classOpen = false;
      level = isMethod ? 1 : 0;
      bodyLevel = level + 1;
    } else if (isHeader) {
      return { ambiguous: `a \`${head}\` block inside a one-line scene has no recoverable end` };
    } else {
      level = bodyLevel;
    }
    for (const decorator of pendingDecorators) lines.push('    '.repeat(level) + decorator);
    pendingDecorators = [];
    lines.push('    '.repeat(level) + statement.text);
  }
  return separateTopLevel(lines);
}

/** `\n` and `\t` written out literally (a double JSON encoding): turn them back into whitespace. */
export function unescapeLiteralNewlines(code: string): string | null {
  if (!code.includes('\\n')) return null;
  return code.replace(/\\r\\n|\\n/g, '\n').replace(/\\t/g, '\t');
}

/**
 * Code that lost its newlines is repaired only when a repair parses; it is tried in order of how much
 * the repair has to guess (escapes: nothing; surviving indentation: little; structure: most).
 */
export const repairFlattened: CleanRule = {
  name: RULE,
  apply: async (candidate, { checker }) => {
    const code = candidate.code;
    if (code.includes('\n') || (await checker.analyze(code)).ok) return keep(candidate);

    const attempts: { fix: FixCode; text: string }[] = [];
    const reasons: string[] = [];
    const unescaped = unescapeLiteralNewlines(code);
    if (unescaped !== null) attempts.push({ fix: 'FLATTENED_ESCAPES_REPAIRED', text: unescaped });

    const tokens = await checker.tokens(code);
    if (!tokens.ok) {
      reasons.push(`cannot tokenize: ${describePythonError(tokens.error)}`);
    } else {
      const statements = splitFlattened(code, tokens.value);
      if (typeof statements === 'string') {
        reasons.push(statements);
      } else {
        for (const offset of [0, 1]) {
          const text = indentFromGaps(statements, offset);
          if (text !== null) attempts.push({ fix: 'FLATTENED_INDENT_REPAIRED', text });
        }
        const structural = indentFromStructure(statements);
        if (typeof structural === 'string') attempts.push({ fix: 'FLATTENED_STRUCTURE_REPAIRED', text: structural });
        else reasons.push(structural.ambiguous);
      }
    }

    for (const attempt of attempts) {
      const parsed = await checker.analyze(attempt.text);
      if (parsed.ok) {
        const fix = { rule: RULE, code: attempt.fix, message: `rebuilt ${attempt.text.split('\n').length} lines from one` };
        return keep({ ...candidate, code: attempt.text, facts: parsed.value, fixes: [...candidate.fixes, fix] });
      }
      reasons.push(`${attempt.fix}: ${describePythonError(parsed.error)}`);
    }
    return reject('FLATTENED_UNREPAIRABLE', `one-line code that no repair makes parse (${reasons.join('; ') || 'nothing to try'})`);
  },
};
