import type { FixCode, RejectionCode } from '../codes';
import type { PythonChecker } from '../python/checker';
import { describePythonError, type ModuleFacts, type PythonToken } from '../python/facts';
import { flatReadings, renderReading, type FlatStatement } from './flat-readings';
import { keep, reject, type CleanRule } from './rule';

export type { FlatStatement } from './flat-readings';

const RULE = 'repair-flattened';

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
  let afterSemicolon = false;
  const flush = () => {
    if (current.length === 0) return;
    // The `;` stays with its statement, so the rebuilt program flattens back to the very same tokens.
    const semicolon = current[current.length - 1]!.string === ';';
    statements.push({ text: code.slice(current[0]!.start, current[current.length - 1]!.end), gap, tokens: current, joinsPrevious: afterSemicolon });
    afterSemicolon = semicolon;
    current = [];
  };
  tokens.forEach((token, i) => {
    if (depth === 0 && current.length > 0 && startsStatement(tokens, i, current[0]!.string)) flush();
    if (token.string === ';' && depth === 0) {
      current.push(token);
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
  if (!statements.slice(1).some((s) => s.gap >= 2 && !s.joinsPrevious)) return null;
  const lines: string[] = [];
  statements.forEach((s, i) => {
    if (s.joinsPrevious && lines.length > 0) lines[lines.length - 1] += ' '.repeat(s.gap) + s.text;
    else lines.push(' '.repeat(i === 0 ? 0 : Math.max(0, s.gap - offset)) + s.text);
  });
  return separateTopLevel(lines);
}

/** `\n` and `\t` written out literally (a double JSON encoding): turn them back into whitespace. */
export function unescapeLiteralNewlines(code: string): string | null {
  if (!code.includes('\\n')) return null;
  return code.replace(/\\r\\n|\\n/g, '\n').replace(/\\t/g, '\t');
}

/** A repaired program with CPython's facts, or why it is not one. */
type Proof = { ok: true; text: string; facts: ModuleFacts } | { ok: false; reason: string };

/** What proves a rebuilt program: CPython parses it, and taking its newlines out again gives back the line's tokens. */
async function prove(checker: PythonChecker, text: string, original: readonly PythonToken[]): Promise<Proof> {
  const parsed = await checker.analyze(text);
  if (!parsed.ok) return { ok: false, reason: describePythonError(parsed.error) };
  const rebuilt = await checker.tokens(text);
  const same = rebuilt.ok && rebuilt.value.length === original.length && rebuilt.value.every((t, i) => t.type === original[i]!.type && t.string === original[i]!.string);
  if (!same) return { ok: false, reason: 'the rebuilt program does not flatten back to the same tokens' };
  return { ok: true, text, facts: parsed.value };
}

/** How many readings of a line the structural repair weighs before calling it ambiguous. */
const READING_LIMIT = 4;

type Repair = { ok: true; fix: FixCode; proof: Extract<Proof, { ok: true }> } | { ok: false; code: RejectionCode; reasons: string[] };

/**
 * Indentation that survived is evidence: the first offset whose reading is proven wins, unless another
 * offset proves a different program. With no indentation left, the structure must admit exactly one
 * proven reading.
 */
async function repairStatements(checker: PythonChecker, statements: readonly FlatStatement[], tokens: readonly PythonToken[]): Promise<Repair> {
  const reasons: string[] = [];
  const fromGaps: Extract<Proof, { ok: true }>[] = [];
  for (const offset of [0, 1]) {
    const text = indentFromGaps(statements, offset);
    if (text === null) continue;
    const proof = await prove(checker, text, tokens);
    if (proof.ok) fromGaps.push(proof);
    else reasons.push(`FLATTENED_INDENT_REPAIRED: ${proof.reason}`);
  }
  if (fromGaps.length > 0) {
    const programs = new Set(await Promise.all(fromGaps.map(async (p) => { const n = await checker.normalize(p.text); return n.ok ? n.value : p.text; })));
    if (programs.size > 1) return { ok: false, code: 'REPAIR_AMBIGUOUS', reasons: ['the surviving indentation reads as two different programs'] };
    return { ok: true, fix: 'FLATTENED_INDENT_REPAIRED', proof: fromGaps[0]! };
  }

  const readings = flatReadings(statements, READING_LIMIT);
  if (typeof readings === 'string') return { ok: false, code: 'FLATTENED_UNREPAIRABLE', reasons: [...reasons, readings] };
  if ('tooMany' in readings) {
    const why = readings.tooMany === 'readings' ? `more than ${READING_LIMIT} indentations of the line are consistent` : 'too many indentations of the line to weigh';
    return { ok: false, code: 'REPAIR_AMBIGUOUS', reasons: [...reasons, why] };
  }
  const proven: Extract<Proof, { ok: true }>[] = [];
  for (const levels of readings.levels) {
    const proof = await prove(checker, separateTopLevel(renderReading(statements, levels)), tokens);
    if (proof.ok) proven.push(proof);
    else reasons.push(`FLATTENED_STRUCTURE_REPAIRED: ${proof.reason}`);
  }
  if (proven.length === 1) return { ok: true, fix: 'FLATTENED_STRUCTURE_REPAIRED', proof: proven[0]! };
  if (proven.length > 1) return { ok: false, code: 'REPAIR_AMBIGUOUS', reasons: [...reasons, `${proven.length} different indentations of the line are consistent`] };
  return { ok: false, code: 'FLATTENED_UNREPAIRABLE', reasons: [...reasons, readings.levels.length === 0 ? 'no indentation of the line is consistent' : ''].filter(Boolean) };
}

/**
 * Code that lost its newlines is repaired only when the repair is proven: it parses, it flattens back to
 * the very tokens of the line, and no other reading of the line is as good. Tried in order of how much
 * the repair has to guess (escapes: nothing; surviving indentation: little; structure: most).
 */
export const repairFlattened: CleanRule = {
  name: RULE,
  apply: async (candidate, { checker }) => {
    const code = candidate.code;
    if (code.includes('\n') || (await checker.analyze(code)).ok) return keep(candidate);
    const fixed = (fix: FixCode, text: string, facts: ModuleFacts) =>
      keep({ ...candidate, code: text, facts, fixes: [...candidate.fixes, { rule: RULE, code: fix, message: `rebuilt ${text.split('\n').length} lines from one` }] });

    const reasons: string[] = [];
    const unescaped = unescapeLiteralNewlines(code);
    if (unescaped !== null) {
      const parsed = await checker.analyze(unescaped);
      if (parsed.ok) return fixed('FLATTENED_ESCAPES_REPAIRED', unescaped, parsed.value);
      reasons.push(`FLATTENED_ESCAPES_REPAIRED: ${describePythonError(parsed.error)}`);
    }

    const tokens = await checker.tokens(code);
    if (!tokens.ok) return reject('FLATTENED_UNREPAIRABLE', `one-line code that cannot be tokenized: ${describePythonError(tokens.error)}`);
    const statements = splitFlattened(code, tokens.value);
    if (typeof statements === 'string') return reject('FLATTENED_UNREPAIRABLE', `one-line code that cannot be cut into statements: ${statements}`);
    const repair = await repairStatements(checker, statements, tokens.value);
    if (repair.ok) return fixed(repair.fix, repair.proof.text, repair.proof.facts);
    const why = [...reasons, ...repair.reasons].join('; ') || 'nothing to try';
    return reject(repair.code, repair.code === 'REPAIR_AMBIGUOUS' ? `one-line code whose repair cannot be proven unique (${why})` : `one-line code that no repair makes parse (${why})`);
  },
};
