import type { DatasetConfig } from '@dataset/config';
import { ChatExample, PromptVariant, SanitizedScene, SPLIT_NAMES } from '@dataset/domain';
import { NormalizedCode, runQualityGates, type GateMemo, type LocatedExample, type QualityReport } from '@dataset/checks';
import { formatPartitionSummary, remembered, rememberedAsync } from '@dataset/partitions';
import type { ReleaseReportInput } from '@dataset/report';
import { json, readAssetJson, readAssetJsonl, writeAsset } from '../assets';
import { DuplicateGroups, SplitSummary } from '../summaries';
import { stageVersion, tableStoreFor } from '../partitions';

/** The report's view of the candidate release, minus what only `upload` knows (name, tag). */
export type ReportBody = Omit<ReleaseReportInput, 'dataset'>;

function reportBody(
  examples: LocatedExample[],
  scenes: SanitizedScene[],
  summary: SplitSummary,
  groups: DuplicateGroups,
  report: QualityReport,
): ReportBody {
  const dropped = new Set(report.drop.map((d) => `${d.split}:${d.line}`));
  const kept = examples.filter((e) => !dropped.has(`${e.split}:${e.line}`));
  const byTemplate = new Map<string, LocatedExample[]>();
  for (const e of examples) {
    const list = byTemplate.get(e.example.meta.templateId);
    if (list) list.push(e);
    else byTemplate.set(e.example.meta.templateId, [e]);
  }
  // The first finding that explains a template's absence, found once per template rather than by a scan each.
  const whyDropped = new Map<string, QualityReport['findings'][number]>();
  for (const f of report.findings) {
    // Per-example findings (a duration mismatch that dropped the example) name their template in exampleRef.
    const templateId = f.templateId ?? f.exampleRef?.templateId;
    if (templateId !== undefined && (f.level === 'error' || /dropped/.test(f.message)) && !whyDropped.has(templateId)) whyDropped.set(templateId, f);
  }
  const templates: ReportBody['templates'] = [
    ...scenes.map((scene) => {
      const all = byTemplate.get(scene.templateId) ?? [];
      const included = all.filter((e) => !dropped.has(`${e.split}:${e.line}`));
      const why = whyDropped.get(scene.templateId);
      return {
        templateId: scene.templateId,
        status: included.length > 0 ? ('included' as const) : ('dropped' as const),
        split: all[0]?.split ?? null,
        prompts: all.map((e) => e.example.messages.find((m) => m.role === 'user')?.content ?? ''),
        examples: included.length,
        failureReason: included.length > 0 ? null : why ? `${why.rule}: ${why.message}` : all.length === 0 ? 'no prompt variants' : 'every example dropped by the checks',
        fixes: scene.fixes,
      };
    }),
    ...[...summary.sanitizerFailures, ...summary.renderFailures].map((r) => ({
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
  const perSplit = Object.fromEntries(SPLIT_NAMES.map((s) => [s, kept.filter((e) => e.split === s).length])) as ReportBody['examplesPerSplit'];
  const t = report.tokens;
  return {
    examplesPerSplit: perSplit,
    templates,
    exampleTokens: t.perExample.filter((e) => !dropped.has(`${e.split}:${e.line}`)).map((e) => ({ split: e.split, templateId: e.templateId, tokens: e.tokens })),
    tokenStats: t.perSplit,
    cost: { encoding: t.encoding, model: t.model, epochs: t.epochs, billedTrainingTokens: t.billedTrainingTokens, estimatedCostUsd: t.estimatedCostUsd },
    rejections: [...summary.sanitizerFailures, ...summary.renderFailures],
    duplicates: [
      ...groups.exactGroups.map((templateIds) => ({ kind: 'exact' as const, templateIds })),
      ...groups.nearGroups.filter((g) => !groups.exactGroups.some((e) => e.join() === g.join())).map((templateIds) => ({ kind: 'near' as const, templateIds })),
    ],
    findings: report.findings.map(({ rule, level, message }) => ({ rule, level, message })),
  };
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
  writeAsset('checks', { 'report.json': json(report), 'report-body.json': json(reportBody(examples, scenes, summary, groups, report)) });
  const { error, warning, info } = report.counts;
  console.log(`${formatPartitionSummary('checks', { rebuilt, reused })} per-item results (token counts, code facts, secret scans)`);
  console.log(`checks: ${report.passed ? 'passed' : 'FAILED'} — ${error} errors, ${warning} warnings, ${info} notes; ${report.drop.length} examples to drop`);
}
