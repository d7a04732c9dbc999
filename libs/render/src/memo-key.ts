import type { RenderConfig } from '@dataset/config';
import { canonicalJson, sha256, type SanitizedScene } from '@dataset/domain';
import { standInsVersion } from './network-stand-ins';

/** The settings that change what a scene renders to (not how many browsers do it, nor where Chromium is). */
export function renderShaping(settings: RenderConfig) {
  const { frames, timeoutMs, thumbnailWidth, remoteAssets } = settings;
  return { frames, timeoutMs, thumbnailWidth, remoteAssets };
}

/**
 * One scene's render record is keyed by its code and formats and by the shaping settings — the remote policy
 * among them: a scene kept under `stub` may be rejected under `reject`, so a record made under one policy
 * must never answer for another.
 */
export function renderRecordInput(scene: SanitizedScene, settings: RenderConfig) {
  return {
    templateId: scene.templateId,
    code: scene.code,
    formats: scene.supportedFormats.map((format) => [format, settings.formats[format]]),
    ...renderShaping(settings),
  };
}

export interface RenderMachinery {
  /** The render stage's own code version. */
  readonly code: string;
  /** The renderer's package versions and the Chromium that ran them. */
  readonly renderer: unknown;
  /** The runtime contract the bundle provides to scenes. */
  readonly contract: unknown;
}

/**
 * The version every render record shares: the machinery that rendered it, and the stand-ins that answered
 * its remote requests — a scene rendered against other stand-ins may render differently, so it renders again.
 */
export function renderRecordVersion(machinery: RenderMachinery, standIns: string = standInsVersion()): string {
  return sha256(canonicalJson({ code: machinery.code, renderer: machinery.renderer, contract: machinery.contract, standIns }));
}
