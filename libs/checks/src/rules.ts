import { z } from 'zod';

/**
 * Every rule a gate can report, by stable code. The config's severity overrides and waivers may only name
 * these: a misspelt rule would otherwise silently override nothing.
 */
export const RULE_CODES = [
  'FORMAT_INVALID_JSON',
  'FORMAT_BLANK_LINE',
  'FORMAT_NOT_OBJECT',
  'FORMAT_MISSING_MESSAGES',
  'FORMAT_MESSAGE_NOT_OBJECT',
  'FORMAT_MESSAGE_MISSING_ROLE',
  'FORMAT_MESSAGE_MISSING_CONTENT',
  'FORMAT_UNKNOWN_KEY',
  'FORMAT_UNKNOWN_ROLE',
  'FORMAT_EMPTY_CONTENT',
  'FORMAT_INVALID_CONTENT',
  'FORMAT_INVALID_FIELD',
  'FORMAT_NO_ASSISTANT_MESSAGE',
  'FORMAT_META_MISALIGNED',
  'FORMAT_FEW_TRAINING_EXAMPLES',
  'TOKENS_OVER_LIMIT',
  'TOKENS_OVER_LIMIT_DROPPED',
  'PAYLOAD_NOT_CODE_START',
  'PAYLOAD_CODE_FENCE',
  'PAYLOAD_PROSE',
  'PAYLOAD_SYNTAX_ERROR',
  'PAYLOAD_CODE_DURATION_MISSING',
  'PAYLOAD_CODE_DURATION_NOT_LITERAL',
  'PAYLOAD_CODE_DURATION_MISMATCH',
  'PAYLOAD_UNKNOWN_TEMPLATE',
  'PAYLOAD_CODE_NOT_FROM_TEMPLATE',
  'PAYLOAD_ORIENTATION_MISMATCH',
  'PAYLOAD_DURATION_MISMATCH',
  'PAYLOAD_PROMPT_NOT_FROM_TEMPLATE',
  'DEDUP_EXACT_DUPLICATE_CODE',
  'DEDUP_NEAR_DUPLICATE_CODE',
  'DEDUP_SAME_PROMPT_DIFFERENT_CODE',
  'DEDUP_SAME_CODE_DIFFERENT_PROMPTS',
  'DEDUP_POLICY_DROPPED',
  'SPLIT_TEMPLATE_IN_MANY_SPLITS',
  'DECONTAMINATION_EXACT_LEAK',
  'DECONTAMINATION_NEAR_LEAK',
  'SECRET_CREDENTIAL',
  'PII_EMAIL',
  'PII_PHONE',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

const known = new Set<string>(RULE_CODES);

export function isRuleCode(code: string): code is RuleCode {
  return known.has(code);
}

/** ESLint's vocabulary: `warn` is a warning; `off` removes the rule's findings from the report and the gate. */
export const RuleSeverity = z.enum(['error', 'warn', 'info', 'off']);
export type RuleSeverity = z.infer<typeof RuleSeverity>;

function unknownRule(code: string): string {
  return `unknown rule "${code}" (rules: ${RULE_CODES.join(', ')})`;
}

/** `{ "PAYLOAD_PROSE": "warn" }`; an unknown code is an error naming it. */
export const RuleOverrides = z.record(z.string(), RuleSeverity).superRefine((rules, context) => {
  for (const code of Object.keys(rules)) {
    if (!isRuleCode(code)) context.addIssue({ code: 'custom', path: [code], message: unknownRule(code) });
  }
});
export type RuleOverrides = Partial<Record<RuleCode, RuleSeverity>>;

/** One finding accepted on purpose: a rule, the template it is about, and why (shown in the card and report). */
export const Waiver = z.strictObject({
  rule: z.string().refine(isRuleCode, { error: (issue) => unknownRule(String(issue.input)) }),
  templateId: z.string().min(1),
  reason: z.string().trim().min(1, 'say why the finding is accepted'),
});
export type Waiver = z.infer<typeof Waiver>;

/** Waivers naming a template this build does not have: a config error, since it would silently waive nothing. */
export function unknownWaiverTemplates(waivers: readonly Waiver[], templateIds: ReadonlySet<string>): { index: number; templateId: string }[] {
  return waivers.flatMap((waiver, index) => (templateIds.has(waiver.templateId) ? [] : [{ index, templateId: waiver.templateId }]));
}
