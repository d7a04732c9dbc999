export { renderScenes, type RenderProgress } from './render-scenes';
export {
  RENDERED_STAGE,
  RENDER_REJECTION_CODES,
  RenderOutcome,
  Thumbnail,
  PlaceholderRewrite,
  keptScene,
  type RenderRejectionCode,
} from './outcome';
export { findRemoteAssets, type RemoteAsset, type RemoteAssetKind } from './remote-assets';
export { replaceRemoteImages, PLACEHOLDER_IMAGE, type PlaceholderResult } from './placeholders';
export { screenRemoteAssets, type Screening } from './remote-policy';
export { sampleFrames, type SampledFrame } from './frames';
export { decodePng, uniformColour, type DecodedPng } from './png';
export { runtimeModuleSource } from './runtime-stand-ins';
export { sceneFileName } from './scene-file';
export { chromiumVersion, renderPackageVersions } from './version';
