import type { DatasetConfig } from '@dataset/config';
import { ChatExample, InputError, PromptVariant, SanitizedScene, SPLIT_NAMES, type Rejection } from '@dataset/domain';
import {
  NormalizedCode,
  releasedExamples,
  runQualityGates,
  unknownWaiverTemplates,
  type Finding,
  type GateMemo,
  type LocatedExample,
  type QualityReport,
} from '@dataset/checks';
import { formatPartitionSummary, remembered, rememberedAsync } from '@dataset/partitions';
import type { ReleaseReportInput } from '@dataset/report';
import { json, readAssetJson, readAssetJsonl, writeAsset } from '../assets';
import { DuplicateGroups, SplitSummary } from '../summaries';
import { stageVersion, tableStoreFor } from '../partitions';

/** The report's view of the release, minus what only `release` knows (name, tag). */
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

/** Every figure and text here is of the released examples: drops left out, redactions applied. */
function reportBody(
  candidates: LocatedExample[],
  released: LocatedExample[],
  scenes: SanitizedScene[],
  summary: SplitSummary,
  groups: DuplicateGroups,
  report: QualityReport,
): ReportBody {
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
    rejections,
    duplicates: [
      ...groups.exactGroups.map((templateIds) => ({ kind: 'exact' as const, templateIds })),
      ...groups.nearGroups.filter((g) => !groups.exactGroups.some((e) => e.join() === g.join())).map((templateIds) => ({ kind: 'near' as const, templateIds })),
    ],
    findings: report.findings.map(({ rule, level, message }) => ({ rule, level, message })),
    policy: report.policy,
    ignoredFields: summary.ignoredFields,
    droppedPrompts: summary.droppedPrompts.map(({ templateId, reason }) => ({ templateId, reason })),
    droppedExamples: report.drop.length,
  };
}

/** A waiver naming a template this build never saw would silently waive nothing: a config error. */
function checkWaiverTemplates(config: DatasetConfig, scenes: SanitizedScene[], summary: SplitSummary): void {
  const known = new Set([
    ...scenes.map((s) => s.templateId),
    ...[...summary.inputRejections, ...summary.sanitizerFailures, ...summary.renderFailures, ...summary.missingTemplates].map((r) => r.templateId),
  ]);
  const [unknown] = unknownWaiverTemplates(config.checks.waivers, known);
  if (unknown) {
    throw new InputError(config.configPath, null, `checks.waivers[${unknown.index}].templateId`, `no template "${unknown.templateId}" in the metadata of this build`);
  }
}

/**
 * Asset `checks` (Dagster's asset checks): every quality gate over the candidate release. Findings are
 * data here; `upload` refuses to publish when any is an error.
 */
export async function materializeChecks(config: DatasetConfig): Promise<void> {
  const examples: LocatedExample[] = SPLIT_NAMES.flatMap((split) =>
    readAssetJsonl('splits', `${split}.jsonl`, ChatExample).map((example, i) => ({ split, line: i + 1, example })),
  );
  const scenes = readAssetJsonl('rendered', 'scenes.jsonl', SanitizedScene);
  const prompts = readAssetJsonl('prompts', 'variants.jsonl', PromptVariant);
  const normalizedCode = readAssetJsonl('dedup', 'normalized.jsonl', NormalizedCode);
  const summary = readAssetJson('splits', 'summary.json', SplitSummary);
  const groups = readAssetJson('dedup', 'groups.json', DuplicateGroups);
  checkWaiverTemplates(config, scenes, summary);
  const store = tableStoreFor('checks');
  const version = stageVersion('checks');
  let rebuilt = 0;
  let reused = 0;
  const count = <T>(compute: () => T) => () => ((rebuilt += 1), (reused -= 1), compute());
  const memo: GateMemo = {
    sync: (kind, input, compute) => ((reused += 1), remembered(store, version, { kind, input }, count(compute))),
    async: async (kind, input, compute) => ((reused += 1), rememberedAsync(store, version, { kind, input }, count(compute))),
  };
  const report = await runQualityGates(
    { examples, scenes, prompts, normalizedCode, nearPairs: groups.nearPairs, rejections: [...summary.sanitizerFailures, ...summary.renderFailures] },
    config.checks,
    memo,
  );
  store.save();
  const released = releasedExamples(examples, report);
  writeAsset('checks', { 'report.json': json(report), 'report-body.json': json(reportBody(examples, released, scenes, summary, groups, report)) });
  const { error, warning, info } = report.counts;
  console.log(`${formatPartitionSummary('checks', { rebuilt, reused })} per-item results (token counts, code facts, secret scans)`);
  const redacted = new Set(report.secrets.redactions.map((r) => r.templateId)).size;
  const waived = report.policy.waivers.reduce((n, w) => n + w.findings, 0);
  console.log(
    `checks: ${report.passed ? 'passed' : 'FAILED'} — ${error} errors, ${warning} warnings, ${info} notes; ${report.drop.length} examples to drop, ` +
      `${redacted} templates with redactions, ${waived} findings waived`,
  );
}
