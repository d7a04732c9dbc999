import { z } from 'zod';
import { IgnoredField, RawManifest, Rejection } from '@dataset/domain';

/** What later stages need to know about the raw and sanitize steps, carried forward so each reads only its parents. */
export const SanitizedSummary = z.strictObject({
  sanitizerVersion: z.string(),
  templatesRequested: z.number().int(),
  kept: z.number().int(),
  missingTemplates: RawManifest.shape.missingTemplates,
  sanitizerFailures: z.array(Rejection),
  /** `raw`'s refusals (code too large, NUL bytes…): reported like sanitizer failures, before them. */
  inputRejections: z.array(Rejection),
  /** Unknown fields of outside files (metadata, DB rows; `splits` adds the prompt files'). */
  ignoredFields: z.array(IgnoredField),
});
export type SanitizedSummary = z.infer<typeof SanitizedSummary>;

/** A curated or override brief that did not become a variant, and why (the `prompts` asset's dropped.json). */
export const DroppedPrompt = z.strictObject({
  templateId: z.string(),
  text: z.string(),
  reason: z.enum(['unsupported-format', 'duplicate', 'unknown-template']),
});

export const SplitSummary = SanitizedSummary.extend({ seed: z.number().int(), renderFailures: z.array(Rejection), droppedPrompts: z.array(DroppedPrompt) });
export type SplitSummary = z.infer<typeof SplitSummary>;

/** The `dedup` asset's groups: exact and near-duplicate templates and pairs, and the split groups built from them. */
export const DuplicateGroups = z.strictObject({
  exactGroups: z.array(z.array(z.string())),
  nearGroups: z.array(z.array(z.string())),
  /** Every verified near-duplicate pair with its exact Jaccard similarity: `checks` reuses them. */
  nearPairs: z.array(z.strictObject({ a: z.string(), b: z.string(), similarity: z.number() })),
  splitGroups: z.array(z.strictObject({ groupId: z.string(), templateIds: z.array(z.string()) })),
});
export type DuplicateGroups = z.infer<typeof DuplicateGroups>;

/** The `rendered` asset's summary: what was rendered with what, what it caught, and what it cost. */
export const RenderedSummary = z.strictObject({
  /** Null when scenes were rendered; else why the stage passed every scene through unrendered. */
  skipped: z.string().nullable(),
  renderer: z.strictObject({ packages: z.record(z.string(), z.string()), chromium: z.string().nullable() }),
  settings: z.strictObject({
    formats: z.record(z.string(), z.strictObject({ width: z.number().int(), height: z.number().int() })),
    frames: z.array(z.string()),
    timeoutMs: z.number().int(),
    thumbnailWidth: z.number().int(),
    remoteAssets: z.string(),
  }),
  scenes: z.number().int(),
  kept: z.number().int(),
  rejected: z.number().int(),
  rejectionsByCode: z.record(z.string(), z.number().int()),
  flagged: z.array(z.strictObject({ templateId: z.string(), flags: z.array(z.string()) })),
  /** Thumbnail files (relative to the asset) per kept template, for the report. */
  thumbnails: z.record(z.string(), z.array(z.string())),
  /** The one thumbnail per kept template that shows it (the sampled frame with the most content). */
  featured: z.record(z.string(), z.string()),
});
export type RenderedSummary = z.infer<typeof RenderedSummary>;
