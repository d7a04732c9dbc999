import { z } from 'zod';

export const VideoFormat = z.enum(['landscape', 'portrait', 'square']);
export type VideoFormat = z.infer<typeof VideoFormat>;

/** Frames per second every duration in this project is measured at. */
export const FPS = 30;

// The metadata is written by other tools: its objects are `z.object`, whose unknown keys parsing drops (the
// reader counts them, see parseOutsideRecord), where our own files use `z.strictObject`.
export const TemplateSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('db'), dbId: z.string().min(1) }),
  z.object({ type: z.literal('registry'), registryId: z.string().min(1) }),
]);
export type TemplateSource = z.infer<typeof TemplateSource>;

const words = z.array(z.string().min(1)).default([]);

/** One entry of the canonical metadata: what a template is, never its code. */
export const CanonicalTemplate = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'template ids are kebab-case (a-z, 0-9, -)'),
  name: z.string().min(1),
  source: TemplateSource,
  duration: z.number().int().positive(),
  supportedFormats: z.array(VideoFormat).min(1),
  keywords: words,
  descriptions: words,
  userPhrases: words,
  categories: words,
  styles: words,
  useCases: words,
  animations: words,
  elements: words,
  colors: words,
  complexity: z.enum(['simple', 'medium', 'complex']).optional(),
  primaryUse: z.string().min(1).optional(),
  similarTo: words,
});
export type CanonicalTemplate = z.infer<typeof CanonicalTemplate>;

/** Human-readable ≈ seconds for a frame count, as the briefs state it. */
export function describeDuration(frames: number): string {
  const seconds = Math.round((frames / FPS) * 10) / 10;
  return `≈ ${seconds} seconds (${frames} frames)`;
}

/** The part of a canonical entry that locates and frames a template's code (what `raw` depends on). */
export type TemplateLocator = Pick<CanonicalTemplate, 'id' | 'name' | 'source' | 'duration' | 'supportedFormats'>;
