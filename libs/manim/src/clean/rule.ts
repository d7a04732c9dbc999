import type { FixCode, RejectionCode } from '../codes';
import type { RawExample } from '../model';
import type { PythonChecker } from '../python/checker';
import { describePythonError, type ModuleFacts } from '../python/facts';
import type { SourceIndex } from '../sources/plugin';
import type { ManimExports } from './known-names';

export interface AppliedFix {
  rule: string;
  code: FixCode;
  message: string;
}

/** An example on its way through the rules: its current code and what was done to it. */
export interface Candidate {
  example: RawExample;
  code: string;
  fixes: AppliedFix[];
  /** CPython's facts about `code`; null until the syntax rule has run. */
  facts: ModuleFacts | null;
  /** Scene classes with `construct`, set by the structure rule. */
  sceneClasses: string[];
}

export type RuleOutcome = { kept: true; candidate: Candidate } | { kept: false; code: RejectionCode; message: string };

export interface CleanContext {
  checker: PythonChecker;
  index: SourceIndex;
  /** Whether an asset path used by this example exists where its code would find it. */
  assetExists(example: RawExample, path: string): boolean;
  /** Facts of a repository file, parsed once per file however many scenes it holds. */
  moduleFacts(file: string, code: string): Promise<ModuleFacts | null>;
  /** What `from manim import *` binds in the pinned release. */
  manimExports: ManimExports;
  /** Third-party packages a scene may import besides manim and the standard library (the config's `allowedImports`). */
  allowedImports: ReadonlySet<string>;
}

/** One cleaning step: fixes what it can, rejects what it cannot, with a stable code either way. */
export interface CleanRule {
  name: string;
  apply(candidate: Candidate, context: CleanContext): Promise<RuleOutcome>;
}

export const keep = (candidate: Candidate): RuleOutcome => ({ kept: true, candidate });
export const reject = (code: RejectionCode, message: string): RuleOutcome => ({ kept: false, code, message });

/**
 * Replaces a candidate's code and re-reads its facts. A rule that changes code must leave valid Python;
 * if it did not, the example is rejected with `failure` rather than passed on broken.
 */
export async function revise(
  candidate: Candidate,
  code: string,
  fixes: readonly AppliedFix[],
  context: CleanContext,
  failure: RejectionCode,
): Promise<RuleOutcome> {
  const parsed = await context.checker.analyze(code);
  if (!parsed.ok) return reject(failure, `after ${fixes.map((f) => f.code).join(', ')}: ${describePythonError(parsed.error)}`);
  return keep({ ...candidate, code, facts: parsed.value, fixes: [...candidate.fixes, ...fixes] });
}

/** Facts are present from the syntax rule on; rules after it may rely on that. */
export function factsOf(candidate: Candidate): ModuleFacts {
  if (!candidate.facts) throw new Error(`rule order: ${candidate.example.exampleId} has no parse facts yet`);
  return candidate.facts;
}
