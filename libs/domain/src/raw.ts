import { z } from 'zod';
import { VideoFormat } from './canonical';

export const Provenance = z.enum(['db', 'override', 'registry']);
export type Provenance = z.infer<typeof Provenance>;

/**
 * A template's code as the source holds it, plus the metadata the sanitizer and splits need.
 * Carrying duration and formats here keeps `sanitized` dependent on `raw` alone.
 */
export const RawTemplate = z.strictObject({
  templateId: z.string(),
  name: z.string(),
  sourceType: z.enum(['db', 'registry']),
  sourceId: z.string(),
  provenance: Provenance,
  duration: z.number().int().positive(),
  supportedFormats: z.array(VideoFormat).min(1),
  code: z.string(),
  updatedAt: z.string().nullable(),
});
export type RawTemplate = z.infer<typeof RawTemplate>;

export const MissingTemplate = z.strictObject({
  templateId: z.string(),
  sourceId: z.string(),
  reason: z.enum(['not-in-db', 'empty-code', 'not-in-registry']),
});
export type MissingTemplate = z.infer<typeof MissingTemplate>;

export const RawManifest = z.strictObject({
  templatesRequested: z.number().int(),
  templatesFound: z.number().int(),
  fromOverrides: z.array(z.string()),
  missingTemplates: z.array(MissingTemplate),
});
export type RawManifest = z.infer<typeof RawManifest>;
