import { countTokens } from 'gpt-tokenizer';
import { sha256 } from '@dataset/domain';
import type { CleanedExample, ExampleRejection, FixRecord, RawExample, SourceSummary } from '../model';
import type { PythonChecker } from '../python/checker';
import { describePythonError, type ModuleFacts } from '../python/facts';
import type { SourceIndex, SourceRead } from '../sources/plugin';
import { allowedImports } from './allowed-imports';
import { assets } from './assets';
import { describedTask } from './description';
import { knownNames, type ManimExports } from './known-names';
import { manimDialect } from './manim-dialect';
import { manimImport } from './manim-import';
import { pythonSyntax } from './python-syntax';
import { repairFlattened } from './repair-flattened';
import type { Candidate, CleanContext, CleanRule } from './rule';
import { sceneStructure } from './scene-structure';
import { selfContained } from './self-contained';
import { stripFences } from './strip-fences';

/** Text-level rules: after them every example has a usable description (or none yet) and parseable Python (or is rejected). */
export const PREPARE_RULES: readonly CleanRule[] = [describedTask, stripFences, repairFlattened, pythonSyntax];

/** Scene-level rules, run once the whole source is prepared (self-containment needs the source's index). */
export const SCENE_RULES: readonly CleanRule[] = [manimDialect, selfContained, manimImport, allowedImports, knownNames, sceneStructure, assets];

export interface CleanTools {
  checker: PythonChecker;
  /** Whether an asset path exists where the example's code would look for it. */
  assetExists(example: RawExample, path: string): boolean;
  manimExports: ManimExports;
  allowedImports: ReadonlySet<string>;
  /** Progress for long sources (TTY); never part of any output. */
  onProgress?(done: number, total: number): void;
}

export interface CleanedSource {
  examples: CleanedExample[];
  rejections: ExampleRejection[];
  fixes: FixRecord[];
  summary: SourceSummary;
}

/**
 * Dataset sources name no files, so "defined elsewhere" means defined in another example: the index
 * maps class and function names to the examples defining them (assignments are too common to count).
 */
export function indexOfExamples(candidates: readonly Candidate[]): SourceIndex {
  const definitions = new Map<string, string[]>();
  for (const candidate of candidates) {
    for (const statement of candidate.facts?.statements ?? []) {
      if (statement.kind !== 'class' && statement.kind !== 'function') continue;
      for (const name of statement.binds) definitions.set(name, [...(definitions.get(name) ?? []), candidate.example.locator]);
    }
  }
  return { definitions, localModules: new Set() };
}

async function runRules(candidate: Candidate, rules: readonly CleanRule[], context: CleanContext, rejections: ExampleRejection[]): Promise<Candidate | null> {
  let current = candidate;
  for (const rule of rules) {
    const outcome = await rule.apply(current, context);
    if (!outcome.kept) {
      const { source, exampleId, locator } = current.example;
      rejections.push({ source, exampleId, locator, rule: rule.name, code: outcome.code, message: outcome.message });
      return null;
    }
    current = outcome.candidate;
  }
  return current;
}

async function finish(candidate: Candidate, checker: PythonChecker): Promise<CleanedExample | string> {
  const normalized = await checker.normalize(candidate.code);
  if (!normalized.ok) return describePythonError(normalized.error);
  const { example } = candidate;
  return {
    exampleId: example.exampleId,
    source: example.source,
    locator: example.locator,
    description: example.description,
    descriptionOrigin: example.descriptionOrigin,
    code: candidate.code,
    codeSha256: sha256(candidate.code),
    normalizedCode: normalized.value,
    normalizedSha256: sha256(normalized.value),
    sceneClasses: candidate.sceneClasses,
    lines: candidate.code.split('\n').length,
    tokens: countTokens(candidate.code),
    fixes: candidate.fixes.map((f) => f.code),
  };
}

const tally = (codes: readonly string[]) =>
  Object.fromEntries(
    [...codes.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

/** Runs every rule over a source's examples, in order, with one Python checker for the whole source. */
export async function cleanSource(read: SourceRead, source: { name: string; kind: string }, tools: CleanTools): Promise<CleanedSource> {
  const rejections: ExampleRejection[] = [...read.rejections];
  const moduleCache = new Map<string, Promise<ModuleFacts | null>>();
  const context: CleanContext = {
    checker: tools.checker,
    index: read.index ?? { definitions: new Map(), localModules: new Set() },
    assetExists: tools.assetExists,
    manimExports: tools.manimExports,
    allowedImports: tools.allowedImports,
    moduleFacts: (file, code) => {
      if (!moduleCache.has(file)) moduleCache.set(file, tools.checker.analyze(code).then((r) => (r.ok ? r.value : null)));
      return moduleCache.get(file)!;
    },
  };
  const total = read.examples.length;
  let done = 0;

  const prepared: Candidate[] = [];
  for (const example of read.examples) {
    const candidate = await runRules({ example, code: example.text, fixes: [], facts: null, sceneClasses: [] }, PREPARE_RULES, context, rejections);
    if (candidate) prepared.push(candidate);
    tools.onProgress?.(++done, total * 2);
  }
  if (!read.index) context.index = indexOfExamples(prepared);
  done = total * 2 - prepared.length;

  const examples: CleanedExample[] = [];
  const fixes: FixRecord[] = [];
  for (const ready of prepared) {
    const candidate = await runRules(ready, SCENE_RULES, context, rejections);
    tools.onProgress?.(++done, total * 2);
    if (!candidate) continue;
    const finished = await finish(candidate, tools.checker);
    if (typeof finished === 'string') {
      const { exampleId, locator } = candidate.example;
      rejections.push({ source: source.name, exampleId, locator, rule: 'normalize', code: 'SYNTAX_ERROR', message: finished });
      continue;
    }
    examples.push(finished);
    for (const fix of candidate.fixes) fixes.push({ source: source.name, exampleId: finished.exampleId, rule: fix.rule, code: fix.code, message: fix.message });
  }

  const summary: SourceSummary = {
    source: source.name,
    kind: source.kind,
    read: read.examples.length + read.rejections.length,
    kept: examples.length,
    pendingDescription: examples.filter((e) => e.descriptionOrigin === 'pending').length,
    rejected: tally(rejections.map((r) => r.code)),
    fixes: tally(fixes.map((f) => f.code)),
    ignoredFields: read.ignoredFields ?? [],
    python: tools.checker.version,
  };
  return { examples, rejections, fixes, summary };
}
