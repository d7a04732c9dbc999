import type { Finding, FindingLevel } from './finding';
import type { RuleCode, RuleOverrides, RuleSeverity, Waiver } from './rules';
import type { RuleState } from './secrets';

export interface RulePolicy {
  rules: RuleOverrides;
  waivers: readonly Waiver[];
}

/** An override as the card shows it: the rule, its configured severity, and how many findings it changed. */
export interface AppliedOverride {
  rule: RuleCode;
  severity: RuleSeverity;
  findings: number;
}

export interface AppliedWaiver extends Waiver {
  findings: number;
}

export interface PolicyOutcome {
  findings: Finding[];
  overrides: AppliedOverride[];
  waivers: AppliedWaiver[];
}

const LEVEL: Record<Exclude<RuleSeverity, 'off'>, FindingLevel> = { error: 'error', warn: 'warning', info: 'info' };

function templateOf(finding: Finding): string | null {
  return finding.templateId ?? finding.exampleRef?.templateId ?? null;
}

function waiverFor(policy: RulePolicy, rule: string, templateId: string | null): Waiver | undefined {
  return templateId === null ? undefined : policy.waivers.find((w) => w.rule === rule && w.templateId === templateId);
}

/** The config's view of one rule for one template, for gates that act on a finding (redact, drop) rather than only report it. */
export function ruleStateOf(policy: RulePolicy): RuleState {
  return (rule, templateId) => (policy.rules[rule] === 'off' ? 'off' : waiverFor(policy, rule, templateId) ? 'waived' : 'active');
}

/**
 * Severity overrides and waivers, applied once to every gate's findings: `off` removes a rule's findings, a
 * severity replaces their level, and a waived finding stays in the report as `info` with its reason.
 */
export function applyRulePolicy(findings: readonly Finding[], policy: RulePolicy): PolicyOutcome {
  const overrideCounts = new Map<string, number>();
  const waiverCounts = new Map<Waiver, number>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const severity = policy.rules[finding.rule as RuleCode];
    if (severity !== undefined) overrideCounts.set(finding.rule, (overrideCounts.get(finding.rule) ?? 0) + 1);
    if (severity === 'off') continue;
    const waiver = waiverFor(policy, finding.rule, templateOf(finding));
    if (waiver) {
      waiverCounts.set(waiver, (waiverCounts.get(waiver) ?? 0) + 1);
      out.push({ ...finding, level: 'info', waiver: waiver.reason, message: `${finding.message}; waived: ${waiver.reason}` });
    } else {
      out.push(severity === undefined ? finding : { ...finding, level: LEVEL[severity] });
    }
  }
  const overrides = (Object.entries(policy.rules) as [RuleCode, RuleSeverity][])
    .map(([rule, severity]) => ({ rule, severity, findings: overrideCounts.get(rule) ?? 0 }))
    .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const waivers = policy.waivers.map((w) => ({ ...w, findings: waiverCounts.get(w) ?? 0 }));
  return { findings: out, overrides, waivers };
}
