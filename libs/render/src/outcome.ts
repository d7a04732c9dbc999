import { z } from 'zod';
import { FrameRole } from '@dataset/config';
import { Rejection, sha256, VideoFormat, type SanitizedScene } from '@dataset/domain';

/** Asset name and `Rejection.stage` of render validation. */
export const RENDERED_STAGE = 'rendered';

export const RENDER_REJECTION_CODES = {
  RENDER_ERROR: 'the scene threw (or would not compile or load) while the renderer evaluated it',
  RENDER_TIMEOUT: 'a sampled frame (or a delayRender) did not finish within the per-frame timeout',
  RENDER_BLANK: 'every sampled frame of a supported format is one colour',
  RENDER_ERROR_STUBBED_ASSET:
    'the scene threw, timed out or was blank after remote requests were answered by stand-ins: it may work with the real assets, so it is not called broken',
  REMOTE_ASSET: 'the scene loads an http(s) image, video, font, stylesheet or data (policy `reject`, or no local stand-in under `placeholder`)',
} as const;
export type RenderRejectionCode = keyof typeof RENDER_REJECTION_CODES;

export const Thumbnail = z.strictObject({
  format: VideoFormat,
  frame: z.number().int().nonnegative(),
  roles: z.array(FrameRole).min(1),
  /** PNG bytes, base64: the outcome is one JSON record in the partition store. */
  png: z.string(),
});
export type Thumbnail = z.infer<typeof Thumbnail>;

/** What the `placeholder` policy changed: the scene's code and the fixes to record. */
export const PlaceholderRewrite = z.strictObject({ code: z.string(), fixes: z.array(z.string()) });
export type PlaceholderRewrite = z.infer<typeof PlaceholderRewrite>;

export const RenderOutcome = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('kept'),
    templateId: z.string(),
    /** Wall time of this scene's renders when it was rendered (a reused record keeps its original time). */
    seconds: z.number().nonnegative(),
    durationInFrames: z.number().int().positive().nullable(),
    thumbnails: z.array(Thumbnail),
    /**
     * What a kept scene's render did not see as production would: `remote-<kind>-stubbed:<host>` for requests
     * stand-ins answered, `render-skipped:remote-asset:<url>` when it was not rendered (policy `keep`).
     */
    flags: z.array(z.string()),
    rewrite: PlaceholderRewrite.nullable(),
  }),
  z.strictObject({ kind: z.literal('rejected'), templateId: z.string(), seconds: z.number().nonnegative(), rejection: Rejection }),
]);
export type RenderOutcome = z.infer<typeof RenderOutcome>;

export function renderRejection(templateId: string, code: RenderRejectionCode, message: string, seconds = 0): RenderOutcome {
  return { kind: 'rejected', templateId, seconds, rejection: { templateId, stage: RENDERED_STAGE, code, message } };
}

const STUBBED_FLAG = /^remote-[a-z]+-stubbed:/;

/**
 * The scene a kept outcome stands for: its code unchanged (or the placeholder rewrite applied), and the
 * stand-ins its render needed listed with its fixes (`remote-image-stubbed:<host>`), so the report shows them
 * per template.
 */
export function keptScene(scene: SanitizedScene, outcome: Extract<RenderOutcome, { kind: 'kept' }>): SanitizedScene {
  const stubbed = outcome.flags.filter((flag) => STUBBED_FLAG.test(flag));
  if (!outcome.rewrite && stubbed.length === 0) return scene;
  const code = outcome.rewrite?.code ?? scene.code;
  return { ...scene, code, codeSha256: sha256(code), fixes: [...scene.fixes, ...(outcome.rewrite?.fixes ?? []), ...stubbed] };
}
