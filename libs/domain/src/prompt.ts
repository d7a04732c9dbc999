import { z } from 'zod';

export const PromptOrigin = z.enum(['curated', 'base', 'phrase', 'override']);
export type PromptOrigin = z.infer<typeof PromptOrigin>;

/** One brief for one template; `variantId` is stable (`curated-1`, `base`, `phrase-2`, `override-1`). */
export const PromptVariant = z.strictObject({
  templateId: z.string(),
  variantId: z.string().regex(/^(curated|phrase|override)-\d+$|^base$/),
  origin: PromptOrigin,
  text: z.string().min(1),
});
export type PromptVariant = z.infer<typeof PromptVariant>;
