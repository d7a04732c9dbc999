import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';

const require = createRequire(import.meta.url);
let compiler: typeof TS | undefined;
/** Loaded on first use: when every code's facts are remembered from an earlier build, no build pays its ~0.4 s load. */
export function typescript(): typeof TS {
  return (compiler ??= (require('ts-morph') as { ts: typeof TS }).ts);
}

export function parseModule(code: string): TS.SourceFile {
  const ts = typescript();
  return ts.createSourceFile('scene.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

/** Where free text may legitimately sit in a module: inside a string, a template part, JSX text or a comment. */
export interface TextSpan {
  kind: 'string' | 'template' | 'jsx-text' | 'comment';
  /** Offsets of the text itself (quotes and backticks excluded). */
  start: number;
  end: number;
  /** For a string that is the value of a JSX attribute, the attribute's name (`d`, `viewBox`…). */
  attribute?: string;
}

/**
 * Every text span of the module, in source order. The walk keeps its own stack: a long `+` chain or a deep
 * JSX tree is a deep syntax tree, and a recursive walk overflows the call stack on a megabyte module.
 */
export function textSpans(source: TS.SourceFile): TextSpan[] {
  const ts = typescript();
  const text = source.getFullText();
  const spans: TextSpan[] = [];
  const commentStarts = new Set<number>();
  const stack: TS.Node[] = [source];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (commentStarts.has(range.pos)) continue;
      commentStarts.add(range.pos);
      spans.push({ kind: 'comment', start: range.pos, end: range.end });
    }
    if (ts.isStringLiteral(node)) {
      const attribute = ts.isJsxAttribute(node.parent) ? node.parent.name.getText(source) : undefined;
      spans.push({ kind: 'string', start: node.getStart(source) + 1, end: node.getEnd() - 1, ...(attribute ? { attribute } : {}) });
    } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // Head and middle end in `${`, tail and the plain literal in a backtick: only the text between counts.
      const start = node.getStart(source) + 1;
      const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
      spans.push({ kind: 'template', start, end });
    } else if (ts.isJsxText(node)) {
      spans.push({ kind: 'jsx-text', start: node.getStart(source), end: node.getEnd() });
    }
    const children: TS.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Offsets where the parser could not read the module as TSX. Not a public field of the API, but stable for years. */
export function syntaxErrorOffsets(source: TS.SourceFile): number[] {
  const diagnostics = (source as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diagnostics.map((d) => d.start);
}

/** 1-based line of an offset, by binary search over the line starts (linear overall, even for many lookups). */
export function lineOf(source: TS.SourceFile, offset: number): number {
  return source.getLineAndCharacterOfPosition(offset).line + 1;
}

/** Text of the 1-based line. */
export function lineText(source: TS.SourceFile, line: number): string {
  const starts = source.getLineStarts();
  const text = source.getFullText();
  return text.slice(starts[line - 1]!, starts[line] ?? text.length).replace(/\r?\n$/, '');
}

/** Line starts of a plain text, for texts that are not modules (briefs). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineAtOffset(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
