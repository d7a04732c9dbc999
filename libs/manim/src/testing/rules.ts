import { readFileSync } from 'node:fs';
import type { ManimExports } from '../clean/known-names';
import { DEFAULT_ALLOWED_IMPORTS } from '../config';
import type { Candidate, CleanContext, CleanRule, RuleOutcome } from '../clean/rule';
import { ManimExportList, type RawExample } from '../model';
import type { PythonChecker } from '../python/checker';
import type { SourceIndex } from '../sources/plugin';

/** Test support: a dataset-style example holding `text`. */
export function datasetExample(text: string, overrides: Partial<RawExample> = {}): RawExample {
  return { source: 'demo', exampleId: 'demo:demo.jsonl:1', locator: 'demo.jsonl:1', description: 'Draw a circle.', descriptionOrigin: 'record', text, module: null, ...overrides };
}

/** The committed export list of the pinned Manim release, as the clean command loads it. */
export function pinnedManimExports(): ManimExports {
  const list = ManimExportList.parse(JSON.parse(readFileSync(new URL('../../../../data/manim/manim-exports-0.22.0.json', import.meta.url), 'utf8')));
  return { version: list.version, names: new Set(list.names) };
}


export function contextFor(checker: PythonChecker, overrides: Partial<CleanContext> = {}): CleanContext {
  const index: SourceIndex = { definitions: new Map(), localModules: new Set() };
  return {
    checker,
    index,
    assetExists: () => false,
    manimExports: pinnedManimExports(),
    allowedImports: new Set(DEFAULT_ALLOWED_IMPORTS),
    moduleFacts: async (_file, code) => {
      const parsed = await checker.analyze(code);
      return parsed.ok ? parsed.value : null;
    },
    ...overrides,
  };
}

/** Runs one rule on an example, with parse facts filled in first when the rule needs them. */
export async function applyRule(rule: CleanRule, example: RawExample, context: CleanContext, code = example.text): Promise<RuleOutcome> {
  const parsed = await context.checker.analyze(code);
  const candidate: Candidate = { example, code, fixes: [], facts: parsed.ok ? parsed.value : null, sceneClasses: [] };
  return rule.apply(candidate, context);
}

export function keptCode(outcome: RuleOutcome): string {
  if (!outcome.kept) throw new Error(`expected the example to be kept, got ${outcome.code}: ${outcome.message}`);
  return outcome.candidate.code;
}

export function fixCodes(outcome: RuleOutcome): string[] {
  return outcome.kept ? outcome.candidate.fixes.map((f) => f.code) : [];
}
