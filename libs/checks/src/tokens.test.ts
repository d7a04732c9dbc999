import { encodeChat } from 'gpt-tokenizer/model/gpt-4o-mini-2024-07-18';
import { encode as encodeCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QualityConfig, TokenConfig } from './config';
import { cleanDataset } from './fixtures';
import { checkTokens, createChatTokenCounter, tokenStats } from './tokens';

const chat = [
  { role: 'system' as const, content: 'You output only TSX.' },
  { role: 'user' as const, content: 'A landscape counter, ≈ 4 seconds (120 frames).' },
  { role: 'assistant' as const, content: 'export const durationInFrames = 120;' },
];

describe('createChatTokenCounter', () => {
  it('counts the chat-format tokens of the model, framing included', async () => {
    const count = await createChatTokenCounter(TokenConfig.parse({}));
    expect(count(chat)).toBe(encodeChat(chat).length);
    const contentOnly = chat.reduce((sum, m) => sum + encodeChat([m]).length, 0);
    expect(count(chat)).toBeGreaterThan(0);
    expect(contentOnly).toBeGreaterThan(0);
  });

  it('equals the encoded chat for any messages, with contents counted (and remembered) apart', async () => {
    const remembered = new Map<string, number>();
    const count = await createChatTokenCounter(TokenConfig.parse({}), (text, countText) => {
      if (!remembered.has(text)) remembered.set(text, countText());
      return remembered.get(text)!;
    });
    const message = fc.record({ role: fc.constantFrom('system' as const, 'user' as const, 'assistant' as const), content: fc.string({ unit: 'binary', maxLength: 60 }) });
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 4 }), (messages) => {
        expect(count(messages)).toBe(encodeChat(messages).length);
      }),
      { numRuns: 200 },
    );
    expect(remembered.size).toBeGreaterThan(0);
  });

  it('uses the configured encoding', async () => {
    const o200k = await createChatTokenCounter(TokenConfig.parse({}));
    const cl100k = await createChatTokenCounter(TokenConfig.parse({ encoding: 'cl100k_base', model: 'gpt-3.5-turbo' }));
    const text = [{ role: 'user' as const, content: 'Доброе утро, 世界! '.repeat(20) }];
    expect(cl100k(text)).not.toBe(o200k(text));
    expect(cl100k(text)).toBeGreaterThanOrEqual(encodeCl100k(text[0]!.content).length);
  });

  it('rejects a model the tokenizer does not know', () => {
    expect(() => QualityConfig.parse({ tokens: { model: 'gpt-imaginary' } })).toThrow(/not a chat model/);
  });
});

describe('tokenStats', () => {
  it('gives min, mean, nearest-rank p50/p90 and max', () => {
    expect(tokenStats([50, 10, 30, 20, 40, 60, 70, 80, 90, 100])).toEqual({ examples: 10, total: 550, min: 10, mean: 55, p50: 50, p90: 90, max: 100 });
    expect(tokenStats([])).toEqual({ examples: 0, total: 0, min: 0, mean: 0, p50: 0, p90: 0, max: 0 });
  });
});

describe('checkTokens', () => {
  // a character counter keeps the expected numbers obvious; the real tokenizer is tested above
  const count = (messages: readonly { content: string }[]): number => messages.reduce((sum, m) => sum + m.content.length, 0);
  const examples = cleanDataset(10).examples.map((located, index) => {
    if (index !== 3) return located;
    const messages = located.example.messages.map((m) => (m.role === 'assistant' ? { ...m, content: `${m.content}\n${'const pad = 1;\n'.repeat(200)}` } : m));
    return { ...located, example: { ...located.example, messages } };
  });
  const longest = examples[3]!;
  const sizes = examples.map((e) => count(e.example.messages));
  const limit = Math.max(...sizes.filter((_, i) => i !== 3));

  it('reports stats per split', () => {
    const { report, findings } = checkTokens(examples, count, TokenConfig.parse({}));
    expect(findings).toEqual([]);
    expect(report.perSplit.train.examples).toBe(16);
    expect(report.perSplit.validation.examples).toBe(2);
    expect(report.perSplit.test.max).toBe(Math.max(...examples.filter((e) => e.split === 'test').map((e) => count(e.example.messages))));
  });

  it('fails an example over the limit under the fail policy, naming it', () => {
    const { findings } = checkTokens(examples, count, TokenConfig.parse({ maxTokensPerExample: limit, overLimit: 'fail' }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'TOKENS_OVER_LIMIT', level: 'error', exampleRef: { split: longest.split, line: longest.line, templateId: longest.example.meta.templateId } }),
    ]);
    expect(findings[0]!.message).toContain(`exceed the per-example limit of ${limit}`);
  });

  it('drops an over-limit example from billing under the drop policy, never truncating it', () => {
    const config = TokenConfig.parse({ maxTokensPerExample: limit, overLimit: 'drop', epochs: 2, pricePerMillionTrainingTokens: 25 });
    const { findings, report } = checkTokens(examples, count, config);
    expect(findings.map((f) => [f.rule, f.level])).toEqual([['TOKENS_OVER_LIMIT_DROPPED', 'warning']]);
    expect(report.overLimit).toHaveLength(1);
    expect(report.overLimit[0]!.tokens).toBe(Math.max(...sizes));
    const train = examples.filter((e) => e.split === 'train' && e !== longest).reduce((sum, e) => sum + count(e.example.messages), 0);
    expect(report.billedTrainingTokens).toBe(train * 2);
    expect(report.estimatedCostUsd).toBeCloseTo((train * 2 * 25) / 1_000_000, 4);
  });
});
