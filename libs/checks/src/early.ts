import { z } from 'zod';
import type { QualityConfig } from './config';
import { Finding } from './finding';
import { applyRulePolicy, ruleStateOf } from './policy';
import { checkSecrets, findSecrets, redactText, type ScanMode, type ScanTarget, type SecretHit } from './secrets';

/**
 * Secrets scanned where the texts enter the build (`raw` for code, `prompts` for briefs) rather than in
 * `checks`: every later asset, the Nx cache and a remote cache sharing it then hold only redacted text.
 */

/** Which text a redaction replaced, without the text: what stats.json lists. */
export const RedactedTarget = z.strictObject({
  templateId: z.string().nullable(),
  field: z.enum(['code', 'prompt', 'system']),
  variantId: z.string().optional(),
});
export type RedactedTarget = z.infer<typeof RedactedTarget>;

/**
 * What an early scan found, carried in its asset (`secrets.json`) to `checks`, which reports it like its own
 * findings. The findings are as `checkSecrets` raised them, before the rule policy: `checks` applies the
 * policy once to every finding.
 */
export const EarlySecrets = z.strictObject({
  findings: z.array(Finding),
  redacted: z.array(RedactedTarget),
});
export type EarlySecrets = z.infer<typeof EarlySecrets>;

/** The parts of the `checks` config an early scan reads (the asset registry declares the same fields). */
export type EarlyScanConfig = Pick<QualityConfig, 'secrets' | 'rules' | 'waivers'>;

const SECRET_RULES = ['SECRET_CREDENTIAL', 'PII_EMAIL', 'PII_PHONE'] as const;

/**
 * Everything of the config an early scan of one template's texts depends on: the key of a per-template memo
 * that stores the scanned (redacted) texts, so a change of policy, of a secret rule's severity or of a
 * waiver for this template recomputes it, and nothing else does.
 */
export function earlyScanSettings(config: EarlyScanConfig, templateId: string) {
  return {
    secrets: config.secrets,
    rules: SECRET_RULES.map((rule) => [rule, config.rules[rule] ?? null]),
    waivers: config.waivers.filter((w) => w.templateId === templateId && (SECRET_RULES as readonly string[]).includes(w.rule)).map((w) => w.rule),
  };
}

export interface EarlyScan {
  /** Each target's text as the asset may hold it: redacted where the policy redacts, else as it was. */
  texts: string[];
  secrets: EarlySecrets;
  /** Error-level findings after the rule policy: the stage must stop and write nothing. */
  refusals: Finding[];
}

/**
 * Scans the targets with the policy `checks` would apply: credentials refuse (`fail`) or are redacted,
 * personal data per `pii`, rules turned off or waived for a template leave its text as it is.
 */
export async function scanEarly(
  targets: readonly ScanTarget[],
  config: EarlyScanConfig,
  find: (text: string, mode: ScanMode) => Promise<SecretHit[]> = (text, mode) => findSecrets(text, config.secrets.allowEmailDomains, mode),
): Promise<EarlyScan> {
  const { findings, redactions } = await checkSecrets(targets, config.secrets, find, ruleStateOf(config));
  const key = (t: { templateId: string | null; field: string; variantId?: string | undefined }) => `${t.templateId}\u0000${t.field}\u0000${t.variantId ?? ''}`;
  const redactedText = new Map(redactions.map((r) => [key(r), r.redactedText]));
  const refusals = applyRulePolicy(findings, config).findings.filter((f) => f.level === 'error');
  return {
    texts: targets.map((t) => redactedText.get(key(t)) ?? t.text),
    secrets: {
      findings,
      redacted: redactions.map(({ templateId, field, variantId }) => ({ templateId, field, ...(variantId ? { variantId } : {}) })),
    },
    refusals,
  };
}

/**
 * A text the release never holds (a brief that was dropped) but a cached asset keeps: every hit replaced,
 * whatever the policy, since there is nothing to refuse or report.
 */
export async function redactEverything(text: string, allowEmailDomains: readonly string[]): Promise<string> {
  return redactText(text, await findSecrets(text, allowEmailDomains, 'text'));
}
