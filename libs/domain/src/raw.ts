import { z } from 'zod';
import { VideoFormat } from './canonical';
import { Rejection } from './scene';

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

/**
 * A field that a file written by another tool carried and this project does not read. Outside data is read
 * tolerantly: known fields are validated, unknown ones ignored and counted here, for the card and report.
 */
export const IgnoredField = z.strictObject({
  /** Which input, named without absolute paths (cache keys must agree across machines): e.g. `metadata (canonical.json)`. */
  source: z.string(),
  /** The unknown key with its path inside one record, e.g. `db_id` or `source.legacyId`. */
  field: z.string(),
  /** How many records carried it. */
  count: z.number().int().positive(),
});
export type IgnoredField = z.infer<typeof IgnoredField>;

export const RawManifest = z.strictObject({
  templatesRequested: z.number().int(),
  templatesFound: z.number().int(),
  fromOverrides: z.array(z.string()),
  missingTemplates: z.array(MissingTemplate),
  /** Templates whose code was refused before any expensive work (too large, NUL bytes, invalid UTF-8…). */
  rejections: z.array(Rejection),
  ignoredFields: z.array(IgnoredField),
});
export type RawManifest = z.infer<typeof RawManifest>;
