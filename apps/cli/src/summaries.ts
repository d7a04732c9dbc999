import { z } from 'zod';
import { RawManifest, Rejection } from '@dataset/domain';

/** What later stages need to know about the raw and sanitize steps, carried forward so each reads only its parents. */
export const SanitizedSummary = z.strictObject({
  sanitizerVersion: z.string(),
  templatesRequested: z.number().int(),
  kept: z.number().int(),
  missingTemplates: RawManifest.shape.missingTemplates,
  sanitizerFailures: z.array(Rejection),
});
export type SanitizedSummary = z.infer<typeof SanitizedSummary>;

export const SplitSummary = SanitizedSummary.extend({ seed: z.number().int() });
export type SplitSummary = z.infer<typeof SplitSummary>;

/** The `dedup` asset's groups: exact and near-duplicate templates, and the split groups built from them. */
export const DuplicateGroups = z.strictObject({
  exactGroups: z.array(z.array(z.string())),
  nearGroups: z.array(z.array(z.string())),
  splitGroups: z.array(z.strictObject({ groupId: z.string(), templateIds: z.array(z.string()) })),
});
export type DuplicateGroups = z.infer<typeof DuplicateGroups>;
