import { ChatExample, SPLIT_NAMES, SplitAssignment, type SplitName } from '@dataset/domain';
import type { DatasetConfig } from '@dataset/config';
// The subpath: the whole package would load the TypeScript compiler (payload checks) into every publish.
import { formatFinding } from '@dataset/checks/finding';
import type { QualityReport } from '@dataset/checks';
import { releasedExamples, type ReleaseDecisions } from '@dataset/checks/released';
import { renderDatasetCard, renderReportHtml } from '@dataset/report';
import { splitFiles } from '@dataset/release';
import { assetPath, json, readAssetJson, readAssetJsonAs, readAssetJsonl, writeAsset } from '../assets';
import { RenderedSummary, SplitSummary } from '../summaries';
import { readFileSync } from 'node:fs';
import { GateError } from '../gate-error';
import type { ReportBody } from '@dataset/report/body';
import { releaseStats } from '@dataset/report/stats';

type Examples = Record<SplitName, ChatExample[]>;


function readSplitExamples(): Examples {
  const examples = {} as Examples;
  for (const split of SPLIT_NAMES) examples[split] = readAssetJsonl('splits', `${split}.jsonl`, ChatExample);
  return examples;
}

/** The examples as the release writes them: what the checks dropped left out, their redactions applied. */
export function readReleasedExamples(report: ReleaseDecisions): Examples {
  const candidates = readSplitExamples();
  const located = SPLIT_NAMES.flatMap((split) => candidates[split].map((example, i) => ({ split, line: i + 1, example })));
  const out: Examples = { train: [], validation: [], test: [] };
  for (const { split, example } of releasedExamples(located, report)) out[split].push(example);
  return out;
}

/** Asset `release`: the complete release folder (upload files, meta, stats, card, report, thumbnails). */
export function materializeRelease(config: DatasetConfig): void {
  const report = readAssetJsonAs<QualityReport>('checks', 'report.json');
  if (!report.passed) {
    const errors = report.findings.filter((f) => f.level === 'error');
    for (const finding of errors) console.error(formatFinding(finding));
    throw new GateError(`quality gates failed with ${errors.length} error(s); nothing published (details in ${assetPath('checks', 'report.json')})`);
  }
  const body = readAssetJsonAs<ReportBody>('checks', 'report-body.json');
  const examples = readReleasedExamples(report);
  const assignments = readAssetJsonl('splits', 'assignments.jsonl', SplitAssignment);
  const summary = readAssetJson('splits', 'summary.json', SplitSummary);
  const files = splitFiles(examples);
  // Thumbnails from the render stage go into the release beside the report that shows them.
  const rendered = readAssetJson('rendered', 'summary.json', RenderedSummary);
  const templates = body.templates.map((t) => ({ ...t, thumbnail: rendered.featured[t.templateId] ?? null }));
  const thumbnails = Object.values(rendered.thumbnails).flat().sort();
  const reportInput = {
    dataset: { name: 'template-code', tag: config.tag, seed: summary.seed, systemPrompt: config.systemPrompt, renderValidationSkipped: rendered.skipped },
    ...body,
    templates,
  };
  files.set('stats.json', json(releaseStats(config.tag, examples, assignments.length, summary, report, rendered.skipped)));
  files.set('checks.json', json({ passed: report.passed, counts: report.counts, findings: report.findings, drop: report.drop, policy: report.policy }));
  files.set('README.md', renderDatasetCard(reportInput));
  files.set('report.html', renderReportHtml(reportInput));
  for (const thumbnail of thumbnails) files.set(thumbnail, readFileSync(assetPath('rendered', thumbnail)));
  writeAsset('release', Object.fromEntries(files));
  const total = SPLIT_NAMES.map((s) => `${s} ${examples[s].length}`).join(', ');
  console.log(`release: ${total} examples, ${thumbnails.length} thumbnails; checks ${report.counts.warning} warnings`);
}
