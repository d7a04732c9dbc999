import type { DatasetConfig } from '@dataset/config';
import { ChatExample, PromptVariant, SanitizedScene, SPLIT_NAMES } from '@dataset/domain';
import { NormalizedCode, runQualityGates, type LocatedExample, type QualityReport } from '@dataset/checks';
import type { ReleaseReportInput } from '@dataset/report';
import { json, readAssetJson, readAssetJsonl, writeAsset } from '../assets';
import { DuplicateGroups, SplitSummary } from '../summaries';

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
  for (const e of examples) byTemplate.set(e.example.meta.templateId, [...(byTemplate.get(e.example.meta.templateId) ?? []), e]);
  const templates: ReportBody['templates'] = [
    ...scenes.map((scene) => {
      const all = byTemplate.get(scene.templateId) ?? [];
      const included = all.filter((e) => !dropped.has(`${e.split}:${e.line}`));
      const why = report.findings.find((f) => f.templateId === scene.templateId && (f.level === 'error' || /dropped/.test(f.message)));
      return {
        templateId: scene.templateId,
        status: included.length > 0 ? ('included' as const) : ('dropped' as const),
        split: all[0]?.split ?? null,
        prompts: all.map((e) => e.example.messages.find((m) => m.role === 'user')?.content ?? ''),
        examples: included.length,
        failureReason: included.length > 0 ? null : why ? `${why.rule}: ${why.message}` : 'no prompt variants',
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
  const report = await runQualityGates({ examples, scenes, prompts, normalizedCode, rejections: [...summary.sanitizerFailures, ...summary.renderFailures] }, config.checks);
  writeAsset('checks', { 'report.json': json(report), 'report-body.json': json(reportBody(examples, scenes, summary, groups, report)) });
  const { error, warning, info } = report.counts;
  console.log(`checks: ${report.passed ? 'passed' : 'FAILED'} — ${error} errors, ${warning} warnings, ${info} notes; ${report.drop.length} examples to drop`);
}
