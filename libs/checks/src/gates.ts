import { SPLIT_NAMES, type SplitName } from '@dataset/domain';
import { QualityConfig } from './config';
import { checkDecontamination, type Leak } from './decontamination';
import { checkDuplicates, dedupTexts, type DuplicateReport } from './duplicates';
import { type RedactedTarget } from './early';
import { countByLevel, sortFindings, type ExampleRef, type Finding, type FindingLevel } from './finding';
import { checkUploadFormat } from './format';
import { QualityInput } from './input';
import { type GateMemo, noMemo } from './memo';
import { checkPayloads, inspectCode } from './payload';
import { applyRulePolicy, ruleStateOf, type AppliedOverride, type AppliedWaiver } from './policy';
import { releasedExamples } from './released';
import { checkSecrets, findSecrets, type Redaction, type ScanTarget } from './secrets';
import { checkTokens, createChatTokenCounter, type TokenReport } from './tokens';

export interface QualityReport {
  /** False when any finding is an error: the `upload` target must not publish. */
  passed: boolean;
  counts: Record<FindingLevel, number>;
  findings: Finding[];
  /**
   * Token figures of the examples the release holds (after drops and redactions); `overLimit` lists the
   * candidate examples that were over the per-example limit.
   */
  tokens: TokenReport;
  duplicates: DuplicateReport;
  decontamination: { leaks: Leak[] };
  /**
   * `redactions` are applied to the candidate examples when the release is written; `redactedEarly` lists
   * the texts `raw` and `prompts` already redacted (`scanEarly`), so the candidates hold no value to replace.
   */
  secrets: { policy: 'fail' | 'redact'; pii: 'fail' | 'redact'; redactions: Redaction[]; redactedEarly: RedactedTarget[] };
  /** The config's severity overrides and waivers, with how many findings each changed. */
  policy: { overrides: AppliedOverride[]; waivers: AppliedWaiver[] };
  /** Examples the release leaves out: over the token limit under `drop`, of templates keep-one dropped, or a duration mismatch under `drop`. */
  drop: ExampleRef[];
}

function splitsOfTemplates(input: QualityInput): { splitOf: Map<string, SplitName>; findings: Finding[] } {
  const seen = new Map<string, Set<SplitName>>();
  for (const { split, example } of input.examples) {
    const splits = seen.get(example.meta.templateId) ?? new Set<SplitName>();
    splits.add(split);
    seen.set(example.meta.templateId, splits);
  }
  const findings: Finding[] = [];
  const splitOf = new Map<string, SplitName>();
  for (const [templateId, splits] of seen) {
    if (splits.size > 1) {
      findings.push({ rule: 'SPLIT_TEMPLATE_IN_MANY_SPLITS', level: 'error', templateId, message: `template ${templateId} has examples in ${[...splits].sort().join(' and ')}` });
    } else {
      splitOf.set(templateId, [...splits][0]!);
    }
  }
  return { splitOf, findings };
}

/** The texts scanned here: the system prompt, and code and briefs unless `raw` and `prompts` scanned them. */
function scanTargets(input: QualityInput): ScanTarget[] {
  const systemPrompts = new Set(input.examples.flatMap(({ example }) => example.messages.filter((m) => m.role === 'system').map((m) => m.content)));
  const system = [...systemPrompts].sort().map((text): ScanTarget => ({ templateId: null, field: 'system', text }));
  if (input.scannedEarly) return system;
  return [
    ...system,
    ...input.scenes.map((s): ScanTarget => ({ templateId: s.templateId, field: 'code', text: s.code })),
    ...(input.prompts ?? []).map((p): ScanTarget => ({ templateId: p.templateId, field: 'prompt', variantId: p.variantId, text: p.text })),
  ];
}

/** Every asset check over one release candidate, composed in the order a reader would run them. */
export async function runQualityGates(rawInput: QualityInput, rawConfig: unknown = {}, memo: GateMemo = noMemo): Promise<QualityReport> {
  const input = QualityInput.parse(rawInput);
  const config = QualityConfig.parse(rawConfig);
  const format = checkUploadFormat(input.examples, input.uploadFiles, config.format.minTrainingExamples);
  const { encoding } = config.tokens;
  const count = await createChatTokenCounter(config.tokens, (text, countText) => memo.sync('content-tokens', { encoding, text }, countText));
  const tokens = checkTokens(input.examples, count, config.tokens);
  const payload = checkPayloads(input.examples, {
    scenes: input.scenes,
    prompts: input.prompts,
    secondsTolerance: config.payload.secondsTolerance,
    inspect: (code) => memo.sync('code-facts', code, () => inspectCode(code)),
  });
  const duplicates = checkDuplicates(input.scenes, input.prompts, input.normalizedCode, config.dedup, input.nearPairs);
  const placement = splitsOfTemplates(input);
  const decontamination = checkDecontamination(dedupTexts(input.scenes, input.normalizedCode), placement.splitOf);
  const allow = config.secrets.allowEmailDomains;
  const state = ruleStateOf(config);
  const secrets = await checkSecrets(
    scanTargets(input),
    config.secrets,
    (text, mode) => memo.async('secrets', { text, allow, mode }, () => findSecrets(text, allow, mode)),
    state,
  );

  // Under the drop policy a code/metadata duration disagreement excludes the example instead of failing the
  // run, unless the config turned the rule off or waived it for the template.
  const dropsMismatch = config.payload.codeDurationMismatch === 'drop';
  const isMismatch = (f: Finding) => f.rule === 'PAYLOAD_CODE_DURATION_MISMATCH' && f.exampleRef !== undefined;
  const mismatched = dropsMismatch
    ? payload.filter((f) => isMismatch(f) && state('PAYLOAD_CODE_DURATION_MISMATCH', f.exampleRef!.templateId) === 'active').map((f) => f.exampleRef!)
    : [];
  const payloadFindings = dropsMismatch
    ? payload.map((f) => (isMismatch(f) ? { ...f, level: 'warning' as const, message: `${f.message}; example dropped` } : f))
    : payload;
  const applied = applyRulePolicy(
    [
      ...format,
      ...tokens.findings,
      ...payloadFindings,
      ...duplicates.findings,
      ...placement.findings,
      ...decontamination.findings,
      ...(input.scannedEarly?.findings ?? []),
      ...secrets.findings,
    ],
    config,
  );
  const findings = sortFindings(applied.findings);
  const droppedTemplates = new Set(duplicates.report.policy.dropped.map((d) => d.templateId));
  const overLimit = config.tokens.overLimit === 'drop' ? tokens.report.overLimit : [];
  const drop = input.examples
    .filter(
      ({ split, line, example }) =>
        droppedTemplates.has(example.meta.templateId) ||
        overLimit.some((o) => o.split === split && o.line === line) ||
        mismatched.some((m) => m.split === split && m.line === line),
    )
    .map(({ split, line, example }) => ({ split, line, templateId: example.meta.templateId }))
    .sort((a, b) => SPLIT_NAMES.indexOf(a.split) - SPLIT_NAMES.indexOf(b.split) || a.line - b.line);
  // The card's token table, billed tokens and cost are those of the bytes released: dropped examples out, redactions in.
  const released = checkTokens(releasedExamples(input.examples, { drop, secrets }), count, config.tokens).report;
  const counts = countByLevel(findings);
  return {
    passed: counts.error === 0,
    counts,
    findings,
    tokens: { ...released, overLimit: tokens.report.overLimit },
    duplicates: duplicates.report,
    decontamination: { leaks: decontamination.leaks },
    secrets: { policy: config.secrets.policy, pii: config.secrets.pii, redactions: secrets.redactions, redactedEarly: input.scannedEarly?.redacted ?? [] },
    policy: { overrides: applied.overrides, waivers: applied.waivers },
    drop,
  };
}
