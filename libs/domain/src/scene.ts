import { z } from 'zod';
import { VideoFormat } from './canonical';

/** A per-item failure: data, never an exception. `code` is stable across releases. */
export const Rejection = z.strictObject({
  templateId: z.string(),
  stage: z.string(),
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string(),
});
export type Rejection = z.infer<typeof Rejection>;

export const SanitizedScene = z.strictObject({
  templateId: z.string(),
  sourceType: z.enum(['db', 'registry']),
  sourceId: z.string(),
  provenance: z.enum(['db', 'override', 'registry']),
  duration: z.number().int().positive(),
  supportedFormats: z.array(VideoFormat).min(1),
  /** Frames the code itself declares, when it is a literal (else null). */
  codeDurationInFrames: z.number().int().positive().nullable(),
  code: z.string(),
  codeSha256: z.string().regex(/^[0-9a-f]{64}$/),
  fixes: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type SanitizedScene = z.infer<typeof SanitizedScene>;
