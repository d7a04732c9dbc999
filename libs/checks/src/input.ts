import { z } from 'zod';
import { ChatExample, PromptVariant, Rejection, SanitizedScene, SplitName } from '@dataset/domain';
import { EarlySecrets } from './early';

/** One example of the release with its place: split file and 1-based line (meta is line-aligned). */
export const LocatedExample = z.strictObject({
  split: SplitName,
  line: z.number().int().positive(),
  example: ChatExample,
});
export type LocatedExample = z.infer<typeof LocatedExample>;

/** A template's code after the caller's dedup normalization (comments, whitespace, formatting removed). */
export const NormalizedCode = z.strictObject({ templateId: z.string(), text: z.string() });
export type NormalizedCode = z.infer<typeof NormalizedCode>;

/** Everything the quality gates look at: the `splits` asset plus its upstream assets. */
export const QualityInput = z.strictObject({
  examples: z.array(LocatedExample),
  /**
   * The upload files' text as they will be uploaded (messages only). When absent, lines are
   * serialized from `examples` the way the release writes them.
   */
  uploadFiles: z.partialRecord(SplitName, z.string()).optional(),
  scenes: z.array(SanitizedScene),
  rejections: z.array(Rejection).default([]),
  prompts: z.array(PromptVariant).default([]),
  /** From @dataset/sanitize's normalizeCodeForDedup; templates missing here fall back to scene code. */
  normalizedCode: z.array(NormalizedCode).default([]),
  /**
   * The verified near-duplicate pairs of the normalized code, as the `dedup` asset computed them with the same
   * settings; when absent the gates compute them.
   */
  nearPairs: z.array(z.strictObject({ a: z.string(), b: z.string(), similarity: z.number() })).optional(),
  /**
   * What `raw` and `prompts` found scanning code and briefs for secrets (`checks.secrets.scanEarly`): the
   * scenes and prompts are then already redacted, so only the system prompt is scanned here.
   */
  scannedEarly: EarlySecrets.optional(),
});
export type QualityInput = z.input<typeof QualityInput>;

/** The text of one upload line as the release writes it: `{"messages": [...]}`. */
export function uploadLine(example: ChatExample): string {
  return JSON.stringify({ messages: example.messages });
}

export function uploadFilesFromExamples(examples: readonly LocatedExample[]): Record<SplitName, string> {
  const files: Record<SplitName, string[]> = { train: [], validation: [], test: [] };
  const ordered = [...examples].sort((a, b) => a.line - b.line);
  for (const { split, line, example } of ordered) files[split][line - 1] = uploadLine(example);
  // Array.from visits holes (a line no example claims) so they stay blank lines the format check reports
  const text = (lines: string[]): string => Array.from(lines, (l) => `${l ?? ''}\n`).join('');
  return { train: text(files.train), validation: text(files.validation), test: text(files.test) };
}
