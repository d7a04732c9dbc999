export { createSanitizer, type FormattedModules, type Sanitizer, type SanitizerOptions } from './sanitizer';
export type { SanitizeOutcome, RejectionCode } from './outcome';
export { REJECTION_CODES, SANITIZED_STAGE } from './outcome';
export {
  RUNTIME_CONTRACT,
  REMOTION_SCENE_NAMES,
  REMOTION_EXPORTS_NOT_FOR_SCENES,
  type RuntimeContract,
  type RuntimeGlobal,
  type RuntimeGlobalKind,
  type ImportBinding,
} from './contract';
export { SANITIZER_VERSION } from './version';
export { browserEnvironment, parseBrowserEnvironment, serializeBrowserEnvironment, type BrowserEnvironment } from './environment';
export { PRETTIER_OPTIONS } from './formatting';
export { SANITIZE_PIPELINE } from './pipeline';
export { normalizeCodeForDedup } from './dedup-normal-form';
export { normalizeSanitizedCodeForDedup } from './normal-form';
