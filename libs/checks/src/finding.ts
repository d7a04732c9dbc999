import { z } from 'zod';
import { SplitName } from '@dataset/domain';

export const FindingLevel = z.enum(['error', 'warning', 'info']);
export type FindingLevel = z.infer<typeof FindingLevel>;

/** Where an example sits in the release: its split file and 1-based line there. */
export const ExampleRef = z.strictObject({
  split: SplitName,
  line: z.number().int().positive(),
  templateId: z.string(),
});
export type ExampleRef = z.infer<typeof ExampleRef>;

/**
 * One result of one asset check. `rule` is stable across releases (UPPER_SNAKE); `message` names the
 * example or template and never contains a secret value.
 */
export const Finding = z.strictObject({
  rule: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  level: FindingLevel,
  exampleRef: ExampleRef.optional(),
  templateId: z.string().optional(),
  /** 1-based line inside the checked text (code or prompt), when the rule points at one. */
  line: z.number().int().positive().optional(),
  message: z.string(),
  /** The reason of the config waiver that accepted this finding (its level is then `info`). */
  waiver: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

const LEVEL_ORDER: Record<FindingLevel, number> = { error: 0, warning: 1, info: 2 };
const SPLIT_ORDER: Record<SplitName, number> = { train: 0, validation: 1, test: 2 };

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Errors first, then by rule, template, split, line: a stable order for byte-identical reports. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      compareText(a.rule, b.rule) ||
      compareText(a.templateId ?? a.exampleRef?.templateId, b.templateId ?? b.exampleRef?.templateId) ||
      (a.exampleRef ? SPLIT_ORDER[a.exampleRef.split] : -1) - (b.exampleRef ? SPLIT_ORDER[b.exampleRef.split] : -1) ||
      (a.exampleRef?.line ?? 0) - (b.exampleRef?.line ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.message, b.message),
  );
}

export function describeRef(ref: ExampleRef): string {
  return `${ref.split}.jsonl line ${ref.line} (template ${ref.templateId})`;
}

export function countByLevel(findings: readonly Finding[]): Record<FindingLevel, number> {
  const counts: Record<FindingLevel, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}

/** One line per finding, as the `release` target prints them: level, rule, then where and what. */
export function formatFinding(finding: Finding): string {
  return `${finding.level.toUpperCase()} ${finding.rule}: ${finding.message}`;
}
