import type { DatasetConfig } from '@dataset/config';
import { ChatExample, InputError, PromptVariant, SanitizedScene, SPLIT_NAMES } from '@dataset/domain';
import {
  EarlySecrets,
  NormalizedCode,
  releasedExamples,
  runQualityGates,
  unknownWaiverTemplates,
  type GateMemo,
  type LocatedExample,
} from '@dataset/checks';
import { formatPartitionWork, remembered, rememberedAsync } from '@dataset/partitions';
import { reportBody } from '@dataset/report/body';
import { json, readAssetJson, readAssetJsonl, writeAsset } from '../assets';
import { noteWork } from '../build-log';
import { DuplicateGroups, SplitSummary } from '../summaries';
import { stageVersion, tableStoreFor } from '../partitions';

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

/** Under `checks.secrets.scanEarly` code and briefs were scanned (and redacted) where they entered the build. */
function readEarlySecrets(): EarlySecrets {
  const [code, briefs] = (['raw', 'prompts'] as const).map((asset) => readAssetJson(asset, 'secrets.json', EarlySecrets));
  return { findings: [...code!.findings, ...briefs!.findings], redacted: [...code!.redacted, ...briefs!.redacted] };
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
  const scannedEarly = config.checks.secrets.scanEarly ? readEarlySecrets() : undefined;
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
    {
      examples,
      scenes,
      prompts,
      normalizedCode,
      nearPairs: groups.nearPairs,
      rejections: [...summary.sanitizerFailures, ...summary.renderFailures],
      ...(scannedEarly ? { scannedEarly } : {}),
    },
    config.checks,
    memo,
  );
  store.save();
  const released = releasedExamples(examples, report);
  const body = reportBody({ candidates: examples, released, scenes, summary, groups, report });
  writeAsset('checks', { 'report.json': json(report), 'report-body.json': json(body) });
  const { error, warning, info } = report.counts;
  noteWork('checks', `${formatPartitionWork({ rebuilt, reused })} per-item results (token counts, code facts, secret scans)`);
  const redacted = new Set(report.secrets.redactions.map((r) => r.templateId)).size;
  const waived = report.policy.waivers.reduce((n, w) => n + w.findings, 0);
  console.log(
    `checks: ${report.passed ? 'passed' : 'FAILED'} — ${error} errors, ${warning} warnings, ${info} notes; ${report.drop.length} examples to drop, ` +
      `${redacted} templates with redactions, ${waived} findings waived`,
  );
}
