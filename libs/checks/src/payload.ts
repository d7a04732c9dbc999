import type { ts as TS } from 'ts-morph';
import { FPS, type ChatExample, type PromptVariant, type SanitizedScene, type VideoFormat } from '@dataset/domain';
import { describeRef, type ExampleRef, type Finding } from './finding';
import type { LocatedExample } from './input';
import { lineOf, lineText, parseModule, syntaxErrorOffsets, textSpans, typescript } from './syntax';

/** What the first line of a module may start with: a statement, a directive, a comment, an expression. */
const CODE_START =
  /^(?:import|export|const|let|var|function|class|async|type|interface|enum|declare|abstract)\b|^['"]use [a-z]+['"]|^\/[/*]|^\(|^[A-Za-z_$][\w$]*\s*(?:\.|\(|=[^=])/;
/** A markdown heading, bold lead-in or quote: how an answer's prose is laid out. */
const MARKDOWN_LINE = /^(?:#{1,6}\s+\S|\*\*[^*]+\*\*|>\s+[A-Z])/;
/** A heading inside a string: `"## Step 2: Add the chart"`. Colours (`#fff`) and ids (`#1 pick`) have no space after the hashes. */
const MARKDOWN_HEADING = /^\s*#{1,6}[ \t]+[A-Za-z]/;
/** Three words in a row: what a line the parser choked on looks like when it is a sentence, not broken code. */
const WORDS = /[A-Za-z]{2,}[,.;:!?]?\s+[A-Za-z]{2,}[,.;:!?]?\s+[A-Za-z]{2,}/;

export interface CodeFacts {
  startsWithCode: boolean;
  /** Lines holding a ``` marker. */
  fenceLines: number[];
  /** Lines of prose: a sentence or markdown line the parser could not read, or a markdown heading inside a string. */
  proseLines: number[];
  /** Lines where the module is not valid TSX for another reason. */
  syntaxErrorLines: number[];
  /** `export const durationInFrames = N`: N, 'not-literal', or null when absent. */
  durationExport: number | 'not-literal' | null;
}

function durationExport(source: TS.SourceFile): number | 'not-literal' | null {
  const ts = typescript();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'durationInFrames') continue;
      const init = declaration.initializer;
      return init && ts.isNumericLiteral(init) ? Number(init.text) : 'not-literal';
    }
  }
  return null;
}

/**
 * Prose is decided from the syntax tree, never by a per-line word pattern (which took `let hue, opacity,
 * scale;` for a sentence). Free text can only sit inside strings, template parts, JSX text and comments,
 * where sentences are the scene's own copy; a sentence or heading left between statements cannot survive
 * the parser, so it shows up as a syntax error on a line of words. Inside strings, only markdown headings
 * are an answer's leftovers.
 */
export function inspectCode(code: string): CodeFacts {
  const source = parseModule(code);
  const proseLines = new Set<number>();
  const syntaxErrorLines = new Set<number>();
  const fenceLines = new Set<number>();
  for (let at = code.indexOf('```'); at !== -1; at = code.indexOf('```', at + 3)) fenceLines.add(lineOf(source, at));
  for (const offset of syntaxErrorOffsets(source)) {
    const line = lineOf(source, offset);
    const text = lineText(source, line).trim();
    // A fence the parser choked on is the fence rule's finding, not a second one: on its line, or at the end
    // of the module, where the template literal its backticks opened runs out.
    if (fenceLines.has(line) || (fenceLines.size > 0 && text === '')) continue;
    if (MARKDOWN_LINE.test(text) || WORDS.test(text)) proseLines.add(line);
    else syntaxErrorLines.add(line);
  }
  for (const span of textSpans(source)) {
    if (span.kind === 'comment') continue;
    // A string literal holds its line breaks as `\n` escapes, a template part or JSX text as real ones.
    const separator = span.kind === 'string' ? '\\n' : '\n';
    let offset = span.start;
    for (const piece of code.slice(span.start, span.end).split(separator)) {
      if (MARKDOWN_HEADING.test(piece)) proseLines.add(lineOf(source, offset));
      offset += piece.length + separator.length;
    }
  }
  return {
    startsWithCode: CODE_START.test(code.trimStart()),
    fenceLines: [...fenceLines].sort((a, b) => a - b),
    proseLines: [...proseLines].sort((a, b) => a - b),
    syntaxErrorLines: [...syntaxErrorLines].filter((line) => !proseLines.has(line)).sort((a, b) => a - b),
    durationExport: durationExport(source),
  };
}

const FORMAT_SYNONYMS: Record<string, VideoFormat> = {
  landscape: 'landscape',
  horizontal: 'landscape',
  '16:9': 'landscape',
  portrait: 'portrait',
  vertical: 'portrait',
  '9:16': 'portrait',
  square: 'square',
  '1:1': 'square',
};
/**
 * Orientation statements only: "Format: square", "in portrait", a bare landscape/portrait, an aspect
 * ratio, or horizontal/vertical/square qualifying the video — so "square buttons" is not a format.
 */
const ORIENTATION_PATTERNS = [
  /\bformat\s*[:=]?\s*(landscape|portrait|square)\b/gi,
  /\b(landscape|portrait)\b(?!\s+(?:photo|image|picture|shot|painting)s?\b)/gi,
  /\b(horizontal|vertical|square)\s+(?:format|video|orientation|aspect|canvas|layout|composition|frame|version|scene)\b/gi,
  /(?<![\d:])(16:9|9:16|1:1)(?![\d:])/g,
];

export function statedFormats(prompt: string): VideoFormat[] {
  const found = new Set<VideoFormat>();
  for (const pattern of ORIENTATION_PATTERNS) {
    for (const match of prompt.matchAll(pattern)) found.add(FORMAT_SYNONYMS[match[1]!.toLowerCase()]!);
  }
  return [...found].sort();
}

export function statedFrames(prompt: string): number[] {
  return [...prompt.matchAll(/(\d[\d,]*)\s*frames?\b/gi)].map((m) => Number(m[1]!.replace(/,/g, '')));
}

export function statedSeconds(prompt: string): number[] {
  return [...prompt.matchAll(/(\d+(?:\.\d+)?)(?:\s*-?\s*(?:seconds?|secs?)\b|s\b)/gi)].map((m) => Number(m[1]));
}

function lastOfRole(example: ChatExample, role: 'user' | 'assistant'): string | null {
  return [...example.messages].reverse().find((m) => m.role === role)?.content ?? null;
}

export interface PayloadContext {
  scenes: readonly SanitizedScene[];
  prompts: readonly PromptVariant[];
  secondsTolerance: number;
  /** `inspectCode`, possibly remembered across builds. */
  inspect?: (code: string) => CodeFacts;
}

/** Assistant payload is bare code; the brief, the meta and the code agree on format and timing. */
export function checkPayloads(examples: readonly LocatedExample[], context: PayloadContext): Finding[] {
  const findings: Finding[] = [];
  const facts = new Map<string, CodeFacts>();
  const scenes = new Map(context.scenes.map((s) => [s.templateId, s]));
  const prompts = new Map(context.prompts.map((p) => [`${p.templateId}\u0000${p.variantId}`, p]));
  for (const { split, line, example } of examples) {
    const { meta } = example;
    const ref: ExampleRef = { split, line, templateId: meta.templateId };
    const at = describeRef(ref);
    const add = (rule: string, message: string, level: Finding['level'] = 'error', line?: number): void => {
      findings.push({ rule, level, exampleRef: ref, ...(line ? { line } : {}), message: `${at}: ${message}` });
    };
    const code = lastOfRole(example, 'assistant');
    const prompt = lastOfRole(example, 'user');
    if (code !== null) {
      const fact = facts.get(code) ?? (context.inspect ?? inspectCode)(code);
      facts.set(code, fact);
      if (!fact.startsWithCode) add('PAYLOAD_NOT_CODE_START', 'assistant content does not start with code', 'error', 1);
      for (const line of fact.fenceLines) add('PAYLOAD_CODE_FENCE', `assistant content has a \`\`\` marker on line ${line}`, 'error', line);
      for (const line of fact.proseLines) add('PAYLOAD_PROSE', `assistant content has prose on line ${line}`, 'error', line);
      for (const line of fact.syntaxErrorLines) add('PAYLOAD_SYNTAX_ERROR', `assistant content is not valid TSX on line ${line}`, 'error', line);
      if (fact.durationExport === null) add('PAYLOAD_CODE_DURATION_MISSING', 'code has no `export const durationInFrames`');
      else if (fact.durationExport === 'not-literal') add('PAYLOAD_CODE_DURATION_NOT_LITERAL', 'durationInFrames is not a number literal', 'warning');
      else if (fact.durationExport !== meta.duration) {
        add('PAYLOAD_CODE_DURATION_MISMATCH', `code exports durationInFrames = ${fact.durationExport}, meta says ${meta.duration}`);
      }
      const scene = scenes.get(meta.templateId);
      if (!scene) add('PAYLOAD_UNKNOWN_TEMPLATE', 'no sanitized scene has this template id');
      else if (scene.code !== code) add('PAYLOAD_CODE_NOT_FROM_TEMPLATE', 'assistant content is not the sanitized code of this template');
    }
    if (prompt !== null) {
      const wrongFormats = statedFormats(prompt).filter((f) => !meta.supportedFormats.includes(f));
      if (wrongFormats.length) {
        add('PAYLOAD_ORIENTATION_MISMATCH', `brief asks for ${wrongFormats.join(', ')}; template supports ${meta.supportedFormats.join(', ')}`);
      }
      const wrongFrames = statedFrames(prompt).filter((f) => f !== meta.duration);
      if (wrongFrames.length) add('PAYLOAD_DURATION_MISMATCH', `brief states ${wrongFrames.join(', ')} frames; meta duration is ${meta.duration}`);
      const seconds = statedSeconds(prompt);
      const expected = meta.duration / FPS;
      if (seconds.length && !seconds.some((s) => Math.abs(s - expected) <= context.secondsTolerance)) {
        add('PAYLOAD_DURATION_MISMATCH', `brief states ${seconds.join(', ')} seconds; meta duration is ${expected} s`);
      }
      if (context.prompts.length) {
        const variant = prompts.get(`${meta.templateId}\u0000${meta.promptVariant}`);
        if (!variant || variant.text !== prompt) add('PAYLOAD_PROMPT_NOT_FROM_TEMPLATE', `user brief is not prompt variant ${meta.promptVariant} of this template`);
      }
    }
  }
  return findings;
}
