import { z } from 'zod';
import { chatModelParams, encodingNames } from 'gpt-tokenizer/mapping';
import { RuleOverrides, Waiver } from './rules';

const chatModels = new Set(Object.keys(chatModelParams));

export const FormatConfig = z.strictObject({
  /** Below this many training lines the format check warns (the fine-tune API wants at least 10). */
  minTrainingExamples: z.number().int().nonnegative().default(10),
});

export const TokenConfig = z.strictObject({
  encoding: z.enum(encodingNames).default('o200k_base'),
  /** Chat model whose message framing is counted; must be a chat model gpt-tokenizer knows. */
  model: z
    .string()
    .refine((model) => chatModels.has(model), { message: 'not a chat model known to gpt-tokenizer' })
    .default('gpt-4o-mini-2024-07-18'),
  /** The fine-tuning per-example token limit of the target model (gpt-4o-mini: 65,536). */
  maxTokensPerExample: z.number().int().positive().default(65_536),
  /** Over-limit examples are dropped from the release or fail the run; never truncated. */
  overLimit: z.enum(['drop', 'fail']).default('fail'),
  epochs: z.number().int().positive().default(3),
  /** USD per 1M training tokens (gpt-4o-mini fine-tuning list price by default). */
  pricePerMillionTrainingTokens: z.number().nonnegative().default(3),
});

export const PayloadConfig = z.strictObject({
  /** How far a brief's stated seconds may be from the template's duration. */
  secondsTolerance: z.number().nonnegative().default(0.5),
  /**
   * Code that declares a different duration than the metadata its brief was written from teaches the
   * wrong timing. `drop` leaves those examples out (reported as warnings); `fail` stops the release.
   */
  codeDurationMismatch: z.enum(['drop', 'fail']).default('drop'),
});

export const DedupPriority = z.enum(['provenance', 'prompts', 'id']);
export type DedupPriority = z.infer<typeof DedupPriority>;

export const DedupConfig = z.strictObject({
  threshold: z.number().gt(0).lte(1).default(0.85),
  shingleSize: z.number().int().positive().default(5),
  numHashes: z.number().int().positive().default(128),
  bands: z.number().int().positive().optional(),
  seed: z.number().int().default(1),
  /** keep-all keeps every duplicate (grouped into one split); keep-one keeps one template per group. */
  policy: z.enum(['keep-all', 'keep-one']).default('keep-all'),
  /** Tie-breakers for keep-one, in order: DB over override over registry, more prompts, smaller id. */
  priority: z.array(DedupPriority).min(1).default(['provenance', 'prompts', 'id']),
});

export const SecretsConfig = z.strictObject({
  /** Credentials (keys, tokens, passwords, connection strings): a release holding one is refused, or they are redacted. */
  policy: z.enum(['fail', 'redact']).default('fail'),
  /**
   * E-mail addresses and phone numbers. UI mockups type them into forms and cards, so by default each is
   * replaced by a reserved placeholder (`user@example.com`, `+1 555 0100`) that keeps the scene valid;
   * `fail` refuses the release instead.
   */
  pii: z.enum(['redact', 'fail']).default('redact'),
  /** Reserved documentation domains (RFC 2606) are placeholders, not personal data. */
  allowEmailDomains: z.array(z.string().min(1)).default(['example.com', 'example.org', 'example.net']),
  /**
   * Scan code in `raw` and briefs in `prompts`, where they enter the build, instead of in `checks`: under
   * `redact` no later asset (nor the Nx cache, nor a remote cache sharing it) holds a value; under `fail`
   * the build stops there. Off, every asset up to `checks` holds the texts as exported.
   */
  scanEarly: z.boolean().default(true),
});

/** The `checks` block of the dataset config; `QualityConfig.parse({})` gives every default. */
export const QualityConfig = z.strictObject({
  format: FormatConfig.prefault({}),
  tokens: TokenConfig.prefault({}),
  payload: PayloadConfig.prefault({}),
  dedup: DedupConfig.prefault({}),
  secrets: SecretsConfig.prefault({}),
  /** Per-rule severity, ESLint-style: `{ "PAYLOAD_PROSE": "warn" }`. */
  rules: RuleOverrides.default({}),
  /** Findings accepted for one template each, with the reason. */
  waivers: z.array(Waiver).default([]),
});
export type QualityConfig = z.infer<typeof QualityConfig>;
export type TokenConfig = z.infer<typeof TokenConfig>;
export type DedupConfig = z.infer<typeof DedupConfig>;
export type SecretsConfig = z.infer<typeof SecretsConfig>;
