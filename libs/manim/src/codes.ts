/**
 * Every fix and rejection code the Manim graph records. Codes are stable: reports and downstream filters
 * key on them, so rename nothing; add new ones instead.
 */
export const FIX_CODES = {
  FENCE_STRIPPED: 'a markdown code fence around the code was removed (the dataset adds exactly one)',
  PROSE_STRIPPED: 'prose before or after the code was removed',
  FLATTENED_ESCAPES_REPAIRED: 'one-line code with literal \\n escapes was turned back into lines',
  FLATTENED_INDENT_REPAIRED: 'one-line code whose indentation survived was split back into lines',
  FLATTENED_STRUCTURE_REPAIRED: 'one-line code was re-indented from its class/def structure',
  DEFINITION_INLINED: 'a definition the scene uses was copied in from the same source file',
  MANIM_IMPORT_ADDED: '`from manim import *` was added',
  ASSET_PLACEHOLDER_CHARACTER: 'a missing character image became a stick figure',
  ASSET_PLACEHOLDER_ICON: 'a missing icon became simple shapes',
  ASSET_PLACEHOLDER_PHOTO: 'a missing photo became a labelled rectangle',
  ASSET_PLACEHOLDER_BACKGROUND: 'a missing background became a solid colour',
  ASSET_PLACEHOLDER_MATH: 'a missing math symbol image became MathTex',
  ASSET_SOUND_REMOVED: 'a call playing a missing sound file was removed',
} as const;
export type FixCode = keyof typeof FIX_CODES;

export const REJECTION_CODES = {
  RECORD_NOT_JSON: 'a dataset line is not JSON',
  RECORD_SHAPE: 'a dataset record has no recognisable description/code fields',
  EMPTY_CODE: 'the record carries no code',
  SYNTAX_ERROR: 'CPython cannot parse the code',
  FLATTENED_UNREPAIRABLE: 'one-line code for which no repair parses (or the indentation is ambiguous)',
  REPAIR_AMBIGUOUS: 'one-line code that more than one indentation rebuilds into a valid, consistent program: the repair cannot be proven',
  CODE_CONTAINS_FENCE: 'a markdown fence remains inside the code (it would break the chat markdown)',
  MANIMGL_DIALECT: 'the scene is written for ManimGL (3b1b/manim), not Manim Community',
  NO_SCENE_CLASS: 'no class derives from a Manim Scene',
  NO_CONSTRUCT: 'no Scene subclass defines construct()',
  INTER_SCENE_DEPENDENCY: 'the scene uses a name defined in another file or example',
  ASSET_REPLACEMENT_FAILED: 'replacing a missing asset did not leave valid Python',
  DESCRIPTION_PLACEHOLDER: 'the description is a placeholder or a documentation artefact ([PENDING_DESCRIPTION], [TODO], a pilcrow ¶, "Example from …:")',
  DESCRIPTION_TOO_THIN: 'the description says nothing beyond a class name ("Create a Manim animation using X", "Source: …")',
  UNDEFINED_NAME: 'the scene uses a name defined neither in its code, nor in Python builtins, nor in what `from manim import *` exports',
  IMPORT_NOT_ALLOWED: 'the scene imports a package outside the standard library, manim and the config\'s `allowedImports`',
} as const;
export type RejectionCode = keyof typeof REJECTION_CODES;

/** Why combine left out a cleaned example. */
export const DEDUP_CODES = {
  DUPLICATE_CODE: 'the same normalized code is kept from a better-ranked example',
  NEAR_DUPLICATE_CODE: 'near-identical code (MinHash/LSH, verified Jaccard) is kept from a better-ranked example',
  SAME_DESCRIPTION: 'the same description is kept from a better-ranked example (policy keep-highest-priority)',
  PENDING_DESCRIPTION: 'the scene has no description yet, so it cannot become a training pair',
} as const;
export type DedupCode = keyof typeof DEDUP_CODES;

/**
 * Why render validation rejected a kept scene: the scene's own verdict, memoized per code and Manim version.
 * What the machine lacks is never one of these (see RENDER_SKIP_CODES).
 */
export const RENDER_CODES = {
  RENDER_SCENE_ERROR: 'the scene raised while Manim ran construct() or drew its last frame (the error\'s last line is kept)',
  RENDER_NO_SCENE: 'Manim found no Scene subclass defined in the file',
  RENDER_NO_FRAME: 'Manim finished the scene without writing its last frame',
  RENDER_CRASHED: 'the Manim process exited without a verdict (the scene ended the interpreter)',
  RENDER_TIMEOUT: 'the scene did not finish within the time limit (not memoized: a slow machine is not the scene\'s fault)',
} as const;
export type RenderCode = keyof typeof RENDER_CODES;

/** Why a scene was not rendered on this machine: infrastructure, never memoized as the scene's verdict. */
export const RENDER_SKIP_CODES = {
  RENDER_NOT_SET_UP: 'no render environment: run `npx nx run manim:setup-render`',
  MANIM_IMPORT_FAILED: 'the render environment\'s manim does not import (a system library is missing)',
  LATEX_MISSING: 'the scene uses Tex/MathTex and latex or dvisvgm is not installed',
} as const;
export type RenderSkipCode = keyof typeof RENDER_SKIP_CODES;
