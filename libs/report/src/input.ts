import { z } from 'zod';
import { SplitName } from '@dataset/domain';

export const TemplateStatus = z.enum(['included', 'dropped', 'rejected', 'missing']);
export type TemplateStatus = z.infer<typeof TemplateStatus>;

/** One row of the report's template table. */
export const TemplateRow = z.strictObject({
  templateId: z.string(),
  status: TemplateStatus,
  split: SplitName.nullable(),
  /** The briefs the dataset pairs with this template's code. */
  prompts: z.array(z.string()),
  /** Examples this template contributes to the release. */
  examples: z.number().int().nonnegative(),
  /** Rejection code and message, or why keep-one dropped it. */
  failureReason: z.string().nullable(),
  /** Sanitizer fixes applied to the code. */
  fixes: z.array(z.string()),
  /** What the checks replaced in this template's released texts, value withheld (`e-mail address in code line 12 → user@example.com`). */
  redactions: z.array(z.string()).default([]),
  /** Findings about this template that a config waiver accepted: `RULE: reason`. */
  waivers: z.array(z.string()).default([]),
  /** Path of a rendered thumbnail relative to the report (a later render stage fills it). */
  thumbnail: z.string().nullable().default(null),
});
export type TemplateRow = z.input<typeof TemplateRow>;

export const ReportFinding = z.strictObject({
  rule: z.string(),
  level: z.enum(['error', 'warning', 'info']),
  message: z.string(),
});

export const SplitTokenStats = z.strictObject({
  examples: z.number().int().nonnegative(),
  total: z.number().nonnegative(),
  min: z.number().nonnegative(),
  mean: z.number().nonnegative(),
  p50: z.number().nonnegative(),
  p90: z.number().nonnegative(),
  max: z.number().nonnegative(),
});

/** Everything the dataset card and the HTML report show; the `upload` target assembles it. */
export const ReleaseReportInput = z.strictObject({
  dataset: z.strictObject({
    name: z.string().min(1),
    tag: z.string().min(1),
    seed: z.number().int(),
    description: z.string().default('Remotion scene briefs paired with the production TSX code that renders them, in OpenAI chat fine-tuning format.'),
    /** SPDX id, or `other` until the owners pick one (the card then says so). */
    license: z.string().min(1).default('other'),
    systemPrompt: z.string().nullable().default(null),
    /** Null when every scene was rendered in Chromium before release; else why render validation did not run. */
    renderValidationSkipped: z.string().nullable().default(null),
  }),
  examplesPerSplit: z.strictObject({ train: z.number().int().nonnegative(), validation: z.number().int().nonnegative(), test: z.number().int().nonnegative() }),
  templates: z.array(TemplateRow),
  /** Chat-format tokens of every example, for the histograms. */
  exampleTokens: z.array(z.strictObject({ split: SplitName, templateId: z.string(), tokens: z.number().int().nonnegative() })).default([]),
  tokenStats: z.partialRecord(SplitName, SplitTokenStats).default({}),
  cost: z
    .strictObject({
      encoding: z.string(),
      model: z.string(),
      epochs: z.number().int().positive(),
      billedTrainingTokens: z.number().nonnegative(),
      estimatedCostUsd: z.number().nonnegative(),
    })
    .nullable()
    .default(null),
  rejections: z.array(z.strictObject({ templateId: z.string(), stage: z.string(), code: z.string(), message: z.string() })).default([]),
  duplicates: z.array(z.strictObject({ kind: z.enum(['exact', 'near']), templateIds: z.array(z.string()).min(2) })).default([]),
  findings: z.array(ReportFinding).default([]),
  /** The config's rule severity overrides and waivers, with how many findings each changed. */
  policy: z
    .strictObject({
      overrides: z.array(z.strictObject({ rule: z.string(), severity: z.string(), findings: z.number().int().nonnegative() })),
      waivers: z.array(z.strictObject({ rule: z.string(), templateId: z.string(), reason: z.string(), findings: z.number().int().nonnegative() })),
    })
    .default({ overrides: [], waivers: [] }),
  /** Fields of outside files that were not read: ignored and counted, never an error. */
  ignoredFields: z.array(z.strictObject({ source: z.string(), field: z.string(), count: z.number().int().positive() })).default([]),
  /** Curated or override briefs that did not become examples, and why (their text is not repeated here). */
  droppedPrompts: z.array(z.strictObject({ templateId: z.string(), reason: z.string() })).default([]),
  /** Examples the checks left out of the release (duration mismatch, token limit, keep-one). */
  droppedExamples: z.number().int().nonnegative().default(0),
});
export type ReleaseReportInput = z.input<typeof ReleaseReportInput>;
export type ParsedReportInput = z.output<typeof ReleaseReportInput>;
