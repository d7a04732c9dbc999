import { SPLIT_NAMES, type IgnoredField, type MissingTemplate, type Rejection, type SanitizedScene } from '@dataset/domain';
import type { Finding, LocatedExample, QualityReport } from '@dataset/checks';
import type { ReleaseReportInput } from './input';

/** The report's view of the release, minus what only the release knows (name, tag). */
export type ReportBody = Omit<ReleaseReportInput, 'dataset'>;

const REDACTABLE = new Set(['SECRET_CREDENTIAL', 'PII_EMAIL', 'PII_PHONE']);

function templateOf(finding: Finding): string | undefined {
  return finding.templateId ?? finding.exampleRef?.templateId;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What the report body is built from: the candidate and released examples and what the stages recorded. */
export interface ReportSources {
  candidates: readonly LocatedExample[];
  released: readonly LocatedExample[];
  scenes: readonly SanitizedScene[];
  summary: {
    inputRejections: readonly Rejection[];
    sanitizerFailures: readonly Rejection[];
    renderFailures: readonly Rejection[];
    missingTemplates: readonly MissingTemplate[];
    ignoredFields: readonly IgnoredField[];
    droppedPrompts: readonly { templateId: string; reason: string }[];
  };
  groups: { exactGroups: readonly string[][]; nearGroups: readonly string[][] };
  report: QualityReport;
}

/**
 * The dataset card's and report's content, minus what only the release knows (name, tag). Every figure and
 * text is of the released examples: drops left out, redactions applied.
 */
export function reportBody({ candidates, released, scenes, summary, groups, report }: ReportSources): ReportBody {
  const candidatesOf = groupBy(candidates, (e) => e.example.meta.templateId);
  const releasedOf = groupBy(released, (e) => e.example.meta.templateId);
  const findingsOf = groupBy(report.findings, templateOf);
  // The first finding that explains a template's absence: an error, or one that says it dropped the example.
  const whyDropped = (templateId: string) => findingsOf.get(templateId)?.find((f) => f.level === 'error' || /dropped/.test(f.message));
  const rejections: Rejection[] = [...summary.inputRejections, ...summary.sanitizerFailures, ...summary.renderFailures];
  const templates: ReportBody['templates'] = [
    ...scenes.map((scene) => {
      const all = candidatesOf.get(scene.templateId) ?? [];
      const included = releasedOf.get(scene.templateId) ?? [];
      const why = whyDropped(scene.templateId);
      const findings = findingsOf.get(scene.templateId) ?? [];
      return {
        templateId: scene.templateId,
        status: included.length > 0 ? ('included' as const) : ('dropped' as const),
        split: all[0]?.split ?? null,
        prompts: included.map((e) => e.example.messages.find((m) => m.role === 'user')?.content ?? ''),
        examples: included.length,
        failureReason: included.length > 0 ? null : why ? `${why.rule}: ${why.message}` : all.length === 0 ? 'no prompt variants' : 'every example dropped by the checks',
        fixes: scene.fixes,
        redactions: findings.filter((f) => REDACTABLE.has(f.rule) && f.message.includes('; redacted to ')).map((f) => f.message),
        waivers: findings.filter((f) => f.waiver !== undefined).map((f) => `${f.rule}: ${f.waiver}`),
      };
    }),
    ...rejections.map((r) => ({
      templateId: r.templateId,
      status: 'rejected' as const,
      split: null,
      prompts: [],
      examples: 0,
      failureReason: `${r.code}: ${r.message}`,
      fixes: [],
    })),
    ...summary.missingTemplates.map((m) => ({
      templateId: m.templateId,
      status: 'missing' as const,
      split: null,
      prompts: [],
      examples: 0,
      failureReason: `${m.reason} (${m.sourceId})`,
      fixes: [],
    })),
  ].sort((a, b) => (a.templateId < b.templateId ? -1 : 1));
  const perSplit = Object.fromEntries(SPLIT_NAMES.map((s) => [s, released.filter((e) => e.split === s).length])) as ReportBody['examplesPerSplit'];
  const t = report.tokens;
  return {
    examplesPerSplit: perSplit,
    templates,
    exampleTokens: t.perExample.map((e) => ({ split: e.split, templateId: e.templateId, tokens: e.tokens })),
    tokenStats: t.perSplit,
    cost: { encoding: t.encoding, model: t.model, epochs: t.epochs, billedTrainingTokens: t.billedTrainingTokens, estimatedCostUsd: t.estimatedCostUsd },
    rejections: [...rejections],
    duplicates: [
      ...groups.exactGroups.map((templateIds) => ({ kind: 'exact' as const, templateIds })),
      ...groups.nearGroups.filter((g) => !groups.exactGroups.some((e) => e.join() === g.join())).map((templateIds) => ({ kind: 'near' as const, templateIds })),
    ],
    findings: report.findings.map(({ rule, level, message }) => ({ rule, level, message })),
    policy: report.policy,
    ignoredFields: [...summary.ignoredFields],
    droppedPrompts: summary.droppedPrompts.map(({ templateId, reason }) => ({ templateId, reason })),
    droppedExamples: report.drop.length,
  };
}
