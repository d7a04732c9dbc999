import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sha256 } from '@dataset/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CleanedExample } from '../model';
import { judgeEndpointFromEnv, type JudgeEndpoint } from './endpoint';
import { judgeExamples } from './judge';
import { parseVerdict } from './verdict';

/** A real OpenAI-style chat completions server on 127.0.0.1: circles match, anything else does not. */
let server: Server;
let endpoint: JudgeEndpoint;
const received: { authorization: string | undefined; model: string; prompt: string }[] = [];
let failNext = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end();
        return;
      }
      const payload = JSON.parse(body) as { model: string; messages: { content: string }[] };
      const prompt = payload.messages[1]!.content;
      received.push({ authorization: request.headers.authorization, model: payload.model, prompt });
      if (failNext > 0) {
        failNext--;
        response.writeHead(503, 'Busy').end();
        return;
      }
      const match = prompt.includes('Circle') === prompt.toLowerCase().includes('circle\n');
      const content = JSON.stringify({ match, reason: match ? 'draws what is asked' : 'draws something else' });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  endpoint = judgeEndpointFromEnv({ MANIM_JUDGE_URL: `http://127.0.0.1:${port}/v1`, MANIM_JUDGE_MODEL: 'judge-1', MANIM_JUDGE_API_KEY: 'sk-test' })!;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function example(id: string, description: string, code: string): CleanedExample {
  return { exampleId: id, source: 's', locator: id, description, descriptionOrigin: 'record', code, codeSha256: sha256(code), normalizedCode: code, normalizedSha256: sha256(code), sceneClasses: ['A'], lines: 1, tokens: 1, fixes: [] };
}
const examples = [example('s:1', 'Draw a circle', 'self.add(Circle())'), example('s:2', 'Draw a square', 'self.add(Circle())')];

describe('the LLM judge', () => {
  it('is off unless MANIM_JUDGE_URL is set, and accepts a base URL or the full path', () => {
    expect(judgeEndpointFromEnv({})).toBeNull();
    expect(judgeEndpointFromEnv({ MANIM_JUDGE_URL: 'https://x/v1/' })).toEqual({ url: 'https://x/v1/chat/completions', model: 'gpt-4o-mini', apiKey: null });
    expect(judgeEndpointFromEnv({ MANIM_JUDGE_URL: 'https://x/v1/chat/completions' })?.url).toBe('https://x/v1/chat/completions');
  });

  it('asks an OpenAI-compatible endpoint over HTTP, then answers reruns from its cache', async () => {
    received.length = 0;
    const first = await judgeExamples(examples, endpoint, []);
    expect(first.requests).toBe(2);
    expect(first.results.map((r) => (r.status === 'judged' ? [r.exampleId, r.match, r.fromCache] : r.status))).toEqual([
      ['s:1', true, false],
      ['s:2', false, false],
    ]);
    expect(received.map((r) => [r.authorization, r.model])).toEqual([
      ['Bearer sk-test', 'judge-1'],
      ['Bearer sk-test', 'judge-1'],
    ]);
    expect(received[0]!.prompt).toContain('```python\nself.add(Circle())\n```');

    const second = await judgeExamples(examples, endpoint, first.cache);
    expect(second.requests).toBe(0);
    expect(received).toHaveLength(2);
    expect(second.results.every((r) => r.status === 'judged' && r.fromCache)).toBe(true);
  });

  it('records a failed request as that example’s error and asks again next time', async () => {
    received.length = 0;
    failNext = 1;
    const run = await judgeExamples(examples.slice(0, 1), endpoint, [], { concurrency: 1 });
    expect(run.results[0]).toMatchObject({ status: 'error', message: 'HTTP 503 Busy' });
    expect(run.cache).toEqual([]);
    const retry = await judgeExamples(examples.slice(0, 1), endpoint, run.cache);
    expect(retry.results[0]).toMatchObject({ status: 'judged', match: true });
  });

  it('reads JSON answers, and plain yes/no when the model ignored the format', () => {
    expect(parseVerdict('```json\n{"match": false, "reason": "no"}\n```')).toEqual({ match: false, reason: 'no' });
    expect(parseVerdict('Yes, it matches.')).toEqual({ match: true, reason: 'Yes, it matches.' });
    expect(parseVerdict('I am not sure.')).toBeNull();
  });
});
