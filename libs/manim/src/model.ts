import { z } from 'zod';
import { IgnoredField } from '@dataset/domain';

/** Where a description came from; `pending` marks a scene nobody has described yet (kept, never trained on). */
export const DescriptionOrigin = z.enum(['record', 'docstring', 'comment', 'module-docstring', 'file-name', 'pending']);
export type DescriptionOrigin = z.infer<typeof DescriptionOrigin>;

/** The Python file a repository scene was cut from: what self-containment may inline from. */
export interface ModuleContext {
  /** Path relative to the source root, with forward slashes. */
  file: string;
  code: string;
}

/** One example as a source holds it, before any cleaning. */
export interface RawExample {
  source: string;
  /** `<source>:<locator>`; stable for the same input. */
  exampleId: string;
  /** `file:line` for datasets, `file::ClassName` for repository scenes. */
  locator: string;
  description: string | null;
  descriptionOrigin: DescriptionOrigin;
  /** The code as found: maybe fenced, wrapped in prose, or flattened onto one line. */
  text: string;
  module: ModuleContext | null;
}

const Code = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

/** A change cleaning made to keep an example ("fix, don't reject"). `code` is stable across releases. */
export const Fix = z.strictObject({ code: Code, message: z.string() });
export type Fix = z.infer<typeof Fix>;

/** A per-example failure: data, never an exception. `code` is stable across releases. */
export const ExampleRejection = z.strictObject({
  source: z.string(),
  exampleId: z.string(),
  locator: z.string(),
  rule: z.string(),
  code: Code,
  message: z.string(),
});
export type ExampleRejection = z.infer<typeof ExampleRejection>;

/** One row of `<source>.parquet`: a cleaned, validated, self-contained scene. */
export const CleanedExample = z.strictObject({
  exampleId: z.string(),
  source: z.string(),
  locator: z.string(),
  description: z.string().nullable(),
  descriptionOrigin: DescriptionOrigin,
  code: z.string(),
  codeSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The code with comments, docstrings and formatting removed (CPython's `ast.unparse`): the dedup key. */
  normalizedCode: z.string(),
  normalizedSha256: z.string().regex(/^[0-9a-f]{64}$/),
  sceneClasses: z.array(z.string()),
  lines: z.number().int().nonnegative(),
  tokens: z.number().int().nonnegative(),
  fixes: z.array(Code),
});
export type CleanedExample = z.infer<typeof CleanedExample>;

/** A fix as logged in `<source>.fixes.jsonl`, one line per fix. */
export const FixRecord = z.strictObject({
  source: z.string(),
  exampleId: z.string(),
  rule: z.string(),
  code: Code,
  message: z.string(),
});
export type FixRecord = z.infer<typeof FixRecord>;

/** What one clean run counted; `<source>.summary.json`. */
export const SourceSummary = z.strictObject({
  source: z.string(),
  kind: z.string(),
  read: z.number().int(),
  kept: z.number().int(),
  pendingDescription: z.number().int(),
  rejected: z.record(z.string(), z.number().int()),
  fixes: z.record(z.string(), z.number().int()),
  /** Fields the source's records carried that no shape reads, counted: read tolerantly, never a rejection. */
  ignoredFields: z.array(IgnoredField),
  python: z.string(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

/**
 * The names `from manim import *` binds in one pinned Manim Community release: a committed data file
 * (data/manim/manim-exports-<version>.json, written by apps/manim/scripts/manim_exports.py from the wheel).
 */
export const ManimExportList = z.strictObject({
  package: z.literal('manim'),
  version: z.string().min(1),
  wheel: z.string(),
  wheelSha256: z.string().regex(/^[0-9a-f]{64}$/),
  generatedBy: z.string(),
  names: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
});
export type ManimExportList = z.infer<typeof ManimExportList>;
