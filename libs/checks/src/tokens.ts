import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import type { ChatModelName } from 'gpt-tokenizer/mapping';
import { resolveEncodingAsync } from 'gpt-tokenizer/resolveEncodingAsync';
import { SPLIT_NAMES, type ChatMessage, type SplitName } from '@dataset/domain';
import type { TokenConfig } from './config';
import { describeRef, type ExampleRef, type Finding } from './finding';
import type { LocatedExample } from './input';

export type ChatTokenCounter = (messages: readonly ChatMessage[]) => number;

/**
 * Counts an example as the chat model sees it: content plus the per-message framing tokens. The tokenizer
 * encodes each message's content on its own, so the count is the framing of the messages with empty
 * contents plus each content's tokens. That lets a caller remember contents apart (`rememberContent`): a
 * template's code is counted once rather than once per brief, and a prompt change recounts only the briefs.
 */
export async function createChatTokenCounter(
  config: Pick<TokenConfig, 'encoding' | 'model'>,
  rememberContent: (text: string, count: () => number) => number = (_text, count) => count(),
): Promise<ChatTokenCounter> {
  const ranks = await resolveEncodingAsync(config.encoding);
  const encoding = GptEncoding.getEncodingApi(config.encoding, () => ranks);
  const model = config.model as ChatModelName;
  // The framing depends on everything but the contents: in a dataset that is one or two shapes of message list.
  const framings = new Map<string, number>();
  return (messages) => {
    const shape = messages.map((message) => ({ ...message, content: '' }));
    const key = JSON.stringify(shape);
    let framing = framings.get(key);
    if (framing === undefined) framings.set(key, (framing = encoding.encodeChat(shape, model).length));
    return messages.reduce((sum, message) => sum + rememberContent(message.content, () => encoding.encode(message.content).length), framing);
  };
}

export interface TokenStats {
  examples: number;
  total: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  max: number;
}

export interface ExampleTokens extends ExampleRef {
  tokens: number;
}

export interface TokenReport {
  encoding: string;
  model: string;
  maxTokensPerExample: number;
  overLimitPolicy: 'drop' | 'fail';
  perSplit: Record<SplitName, TokenStats>;
  perExample: ExampleTokens[];
  overLimit: ExampleTokens[];
  /** Training tokens left after dropping over-limit examples, times epochs: what the run bills. */
  billedTrainingTokens: number;
  epochs: number;
  pricePerMillionTrainingTokens: number;
  estimatedCostUsd: number;
}

/** Nearest-rank percentile: always an observed value, so stats never invent a token count. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function tokenStats(counts: readonly number[]): TokenStats {
  const sorted = [...counts].sort((a, b) => a - b);
  const total = sorted.reduce((sum, n) => sum + n, 0);
  return {
    examples: sorted.length,
    total,
    min: sorted[0] ?? 0,
    mean: sorted.length ? Math.round((total / sorted.length) * 100) / 100 : 0,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    max: sorted.at(-1) ?? 0,
  };
}

export function checkTokens(
  examples: readonly LocatedExample[],
  count: ChatTokenCounter,
  config: TokenConfig,
): { findings: Finding[]; report: TokenReport } {
  const perExample: ExampleTokens[] = examples
    .map(({ split, line, example }) => ({ split, line, templateId: example.meta.templateId, tokens: count(example.messages) }))
    .sort((a, b) => SPLIT_NAMES.indexOf(a.split) - SPLIT_NAMES.indexOf(b.split) || a.line - b.line);
  const overLimit = perExample.filter((e) => e.tokens > config.maxTokensPerExample);
  const findings: Finding[] = overLimit.map(({ tokens, ...ref }) => ({
    rule: config.overLimit === 'fail' ? 'TOKENS_OVER_LIMIT' : 'TOKENS_OVER_LIMIT_DROPPED',
    level: config.overLimit === 'fail' ? 'error' : 'warning',
    exampleRef: ref,
    message: `${describeRef(ref)}: ${tokens} tokens exceed the per-example limit of ${config.maxTokensPerExample}${
      config.overLimit === 'drop' ? '; dropped from the release' : ''
    }`,
  }));
  const perSplit = Object.fromEntries(
    SPLIT_NAMES.map((split) => [split, tokenStats(perExample.filter((e) => e.split === split).map((e) => e.tokens))]),
  ) as Record<SplitName, TokenStats>;
  const trainingTokens = perExample
    .filter((e) => e.split === 'train' && e.tokens <= config.maxTokensPerExample)
    .reduce((sum, e) => sum + e.tokens, 0);
  const billedTrainingTokens = trainingTokens * config.epochs;
  return {
    findings,
    report: {
      encoding: config.encoding,
      model: config.model,
      maxTokensPerExample: config.maxTokensPerExample,
      overLimitPolicy: config.overLimit,
      perSplit,
      perExample,
      overLimit,
      billedTrainingTokens,
      epochs: config.epochs,
      pricePerMillionTrainingTokens: config.pricePerMillionTrainingTokens,
      estimatedCostUsd: Math.round(((billedTrainingTokens / 1_000_000) * config.pricePerMillionTrainingTokens) * 1e4) / 1e4,
    },
  };
}
