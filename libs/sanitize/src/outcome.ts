import type { Rejection, SanitizedScene } from '@dataset/domain';

export type SanitizeOutcome =
  | { kind: 'kept'; scene: SanitizedScene }
  | { kind: 'rejected'; rejection: Rejection };

/** The stage name every sanitizer rejection carries. */
export const SANITIZED_STAGE = 'sanitized';

/**
 * Why a template cannot become a scene module. Codes are stable: reports and expectations key on them.
 * Each one means "uncertain, so not guessed" rather than "broken beyond repair".
 */
export const REJECTION_CODES = {
  EMPTY_CODE: 'the template has no code at all',
  MULTIPLE_CODE_BLOCKS: 'the text holds several fenced code blocks and it is not certain which one is the scene',
  PARSE_ERROR: 'the code does not parse as TSX after the certain repairs',
  CODE_TOO_DEEP: 'the code nests deeper than the parser, printer and formatter can follow (a fixed limit on nesting levels)',
  UNSUPPORTED_TOP_LEVEL_RETURN: 'a top-level return that does not name a scene declared in the module',
  UNKNOWN_IMPORT: 'an import from a module the runtime cannot provide',
  UNKNOWN_RUNTIME_NAME: 'a name destructured from window.Remotion that the runtime contract does not list',
  NO_COMPONENT: 'no scene component to export as default',
  MULTIPLE_DEFAULT_EXPORTS: 'more than one export default',
  INVALID_DURATION_EXPORT: 'durationInFrames is declared in a shape that cannot become one exported const',
  UNDEFINED_IDENTIFIER: 'a name used but declared neither in the module nor by the runtime contract',
  UNKNOWN_GLOBAL: 'a window property that neither the browser nor the runtime contract provides',
  FORMAT_ERROR: 'prettier could not format the module, or its output did not parse',
  SANITIZER_ERROR: 'a transformation failed unexpectedly on this template (a sanitizer bug, reported per template)',
} as const;

export type RejectionCode = keyof typeof REJECTION_CODES;

/** A transformation's refusal, before the runner attaches template id and stage. */
export interface Refusal {
  readonly refused: RejectionCode;
  readonly message: string;
}

export function refuse(code: RejectionCode, message: string): Refusal {
  return { refused: code, message };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

/**
 * A refusal raised where no value can be returned — inside a parse that a step asked for — and turned back
 * into a value by the runner around the step.
 */
export class RefusalError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}
