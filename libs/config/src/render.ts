import { z } from 'zod';

const Dimensions = z.strictObject({ width: z.number().int().positive(), height: z.number().int().positive() });

export const FrameRole = z.enum(['first', 'middle', 'last']);
export type FrameRole = z.infer<typeof FrameRole>;

/**
 * What render validation does with a scene that loads http(s) assets. `stub`: render it offline, its remote
 * requests answered by local stand-ins, its code untouched; `reject`; `keep` (unrendered, flagged);
 * `placeholder` (image URLs rewritten to a data URI).
 */
export const RemoteAssetPolicy = z.enum(['stub', 'reject', 'keep', 'placeholder']);
export type RemoteAssetPolicy = z.infer<typeof RemoteAssetPolicy>;

/** @remotion/renderer refuses a smaller `timeoutInMilliseconds`. */
export const MIN_RENDER_TIMEOUT_MS = 7000;

const RenderFields = z.strictObject({
  enabled: z.boolean().default(true),
  /** The composition size each supported format is rendered at. */
  formats: z
    .strictObject({
      landscape: Dimensions.default({ width: 1920, height: 1080 }),
      portrait: Dimensions.default({ width: 1080, height: 1920 }),
      square: Dimensions.default({ width: 1080, height: 1080 }),
    })
    .prefault({}),
  frames: z
    .array(FrameRole)
    .min(1)
    .refine((roles) => new Set(roles).size === roles.length, 'each frame role at most once')
    .default(['first', 'middle', 'last']),
  /** Per sampled frame: a frame (or a delayRender) that takes longer is RENDER_TIMEOUT. */
  timeoutMs: z.number().int().min(MIN_RENDER_TIMEOUT_MS, `the renderer's minimum is ${MIN_RENDER_TIMEOUT_MS} ms`).default(15000),
  /** Browsers rendering at once; each runs its own Chromium so a hung scene stalls only its own. */
  concurrency: z.number().int().min(1).max(16).default(2),
  remoteAssets: RemoteAssetPolicy.default('stub'),
  /** Thumbnails are rendered downscaled to this width. */
  thumbnailWidth: z.number().int().min(16).max(1920).default(320),
  browserExecutable: z.string().min(1).default('/usr/bin/chromium'),
});

/**
 * The `render` block of the dataset config: `false` (or `{ "enabled": false }`) skips render validation;
 * absent, every field takes its default.
 */
export const RenderConfig = z.preprocess((value) => (typeof value === 'boolean' ? { enabled: value } : value), RenderFields).prefault({});
export type RenderConfig = z.output<typeof RenderConfig>;
