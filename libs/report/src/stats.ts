import { SPLIT_NAMES, type ChatExample, type IgnoredField, type MissingTemplate, type Rejection, type SplitName } from '@dataset/domain';
import type { QualityReport } from '@dataset/checks';

/** What the stats take from the stages' summaries. */
export interface StatsSummary {
  seed: number;
  templatesRequested: number;
  kept: number;
  missingTemplates: readonly MissingTemplate[];
  inputRejections: readonly Rejection[];
  sanitizerFailures: readonly Rejection[];
  renderFailures: readonly Rejection[];
  ignoredFields: readonly IgnoredField[];
}

/** `stats.json`: what a person checks before starting a fine-tune. No timestamp: equal inputs, equal bytes. */
export function releaseStats(
  tag: string,
  examples: Record<SplitName, readonly ChatExample[]>,
  splitAssignments: number,
  summary: StatsSummary,
  report: QualityReport,
  /** Null when render validation ran; else why not (a release's identity includes whether it did). */
  renderValidationSkipped: string | null = null,
) {
  const templatesIn = (split: SplitName) => [...new Set(examples[split].map((e) => e.meta.templateId))].sort();
  return {
    tag,
    seed: summary.seed,
    totals: Object.fromEntries(
      SPLIT_NAMES.map((split) => [split, { examples: examples[split].length, templates: templatesIn(split).length }]),
    ),
    totalExamples: SPLIT_NAMES.reduce((n, split) => n + examples[split].length, 0),
    templatesRequested: summary.templatesRequested,
    templatesProcessed: summary.kept + summary.sanitizerFailures.length + summary.inputRejections.length,
    uniqueTemplatesCovered: new Set(SPLIT_NAMES.flatMap((s) => templatesIn(s))).size,
    missingTemplates: summary.missingTemplates,
    inputRejections: summary.inputRejections.map(({ templateId, code, message }) => ({ templateId, code, message })),
    sanitizerFailures: summary.sanitizerFailures.map(({ templateId, code, message }) => ({ templateId, code, message })),
    renderValidation: { ran: renderValidationSkipped === null, skipped: renderValidationSkipped },
    renderFailures: summary.renderFailures.map(({ templateId, code, message }) => ({ templateId, code, message })),
    droppedByChecks: report.drop,
    redacted: [...report.secrets.redactedEarly, ...report.secrets.redactions].map(({ templateId, field, variantId }) => ({ templateId, field, ...(variantId ? { variantId } : {}) })),
    checks: report.counts,
    rules: report.policy,
    ignoredFields: summary.ignoredFields,
    tokens: { billedTrainingTokens: report.tokens.billedTrainingTokens, estimatedCostUsd: report.tokens.estimatedCostUsd, epochs: report.tokens.epochs, model: report.tokens.model },
    templateIdsPerSplit: Object.fromEntries(SPLIT_NAMES.map((split) => [split, templatesIn(split)])),
    splitAssignments,
  };
}
