import type { FrameRole } from '@dataset/config';

export interface SampledFrame {
  readonly frame: number;
  /** Which roles this frame plays: a short scene's middle and last can be one frame, rendered once. */
  readonly roles: readonly FrameRole[];
}

function frameOf(role: FrameRole, durationInFrames: number): number {
  switch (role) {
    case 'first':
      return 0;
    case 'middle':
      return Math.floor(durationInFrames / 2);
    case 'last':
      return durationInFrames - 1;
  }
}

/** The frames to render for a scene of `durationInFrames`, ascending, each once. */
export function sampleFrames(durationInFrames: number, roles: readonly FrameRole[]): SampledFrame[] {
  if (!Number.isInteger(durationInFrames) || durationInFrames < 1) throw new RangeError(`durationInFrames must be a positive integer, got ${durationInFrames}`);
  const byFrame = new Map<number, FrameRole[]>();
  for (const role of roles) {
    const frame = frameOf(role, durationInFrames);
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), role]);
  }
  return [...byFrame].sort(([a], [b]) => a - b).map(([frame, frameRoles]) => ({ frame, roles: frameRoles }));
}
