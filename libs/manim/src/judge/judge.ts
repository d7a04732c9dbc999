import { z } from 'zod';
import type { CleanedExample } from '../model';
import type { JudgeEndpoint } from './endpoint';
import { judgeMessages, parseVerdict, verdictKey, type Verdict } from './verdict';

export interface CachedVerdict extends Verdict {
  key: string;
  model: string;
}

export type JudgedExample =
  | { exampleId: string; key: string; status: 'judged'; match: boolean; reason: string; fromCache: boolean }
  | { exampleId: string; key: string; status: 'error'; message: string };

const Completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1) });

async function ask(endpoint: JudgeEndpoint, description: string, code: string, timeoutMs: number): Promise<Verdict> {
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}) },
    body: JSON.stringify({ model: endpoint.model, temperature: 0, messages: judgeMessages(description, code) }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const completion = Completion.parse(await response.json());
  const answer = completion.choices[0]!.message.content ?? '';
  const verdict = parseVerdict(answer);
  if (!verdict) throw new Error(`unreadable answer: ${answer.slice(0, 120)}`);
  return verdict;
}

export interface JudgeRun {
  results: JudgedExample[];
  /** Verdicts to keep for next time: the old cache plus every new answer. */
  cache: CachedVerdict[];
  requests: number;
}

/**
 * Asks the judge about every example not already in `cache`, a few at a time. A failed request is that
 * example's result (status error), is not cached, and so is asked again on the next run.
 */
export async function judgeExamples(
  examples: readonly CleanedExample[],
  endpoint: JudgeEndpoint,
  cache: readonly CachedVerdict[],
  options: { concurrency?: number; timeoutMs?: number } = {},
): Promise<JudgeRun> {
  const known = new Map(cache.map((v) => [v.key, v]));
  const results: JudgedExample[] = new Array(examples.length);
  let requests = 0;
  let next = 0;
  const worker = async () => {
    while (next < examples.length) {
      const index = next++;
      const example = examples[index]!;
      const description = example.description ?? '';
      const key = verdictKey(endpoint.model, description, example.code);
      const cached = known.get(key);
      if (cached) {
        results[index] = { exampleId: example.exampleId, key, status: 'judged', match: cached.match, reason: cached.reason, fromCache: true };
        continue;
      }
      requests++;
      try {
        const verdict = await ask(endpoint, description, example.code, options.timeoutMs ?? 60_000);
        known.set(key, { key, model: endpoint.model, ...verdict });
        results[index] = { exampleId: example.exampleId, key, status: 'judged', ...verdict, fromCache: false };
      } catch (error) {
        results[index] = { exampleId: example.exampleId, key, status: 'error', message: (error as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  const updated = [...known.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { results, cache: updated, requests };
}

export const CachedVerdictLine = z.strictObject({ key: z.string(), model: z.string(), match: z.boolean(), reason: z.string() });
