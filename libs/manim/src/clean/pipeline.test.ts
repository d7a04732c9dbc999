import { countTokens } from 'gpt-tokenizer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceSummary } from '../model';
import { PythonChecker } from '../python/checker';
import type { SourceRead } from '../sources/plugin';
import { DEFAULT_ALLOWED_IMPORTS } from '../config';
import { datasetExample, pinnedManimExports } from '../testing/rules';
import { cleanSource } from './pipeline';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const tools = () => ({ checker, assetExists: () => false, manimExports: pinnedManimExports(), allowedImports: new Set(DEFAULT_ALLOWED_IMPORTS) });

const SCENE = 'from manim import *\n\nclass Ripple(Scene):\n    def construct(self):\n        self.play(Create(Circle()))';
const example = (line: number, text: string) => datasetExample(text, { exampleId: `demo:demo.jsonl:${line}`, locator: `demo.jsonl:${line}` });

const read: SourceRead = {
  examples: [
    example(1, '```python\n' + SCENE + '\n```'),
    example(2, SCENE.replace('self.play(Create(Circle()))', 'self.play(Create( Circle() ))  # spaced')),
    example(3, 'from manim import *\nclass Grey(Ripple):\n    def construct(self):\n        super().construct()'),
    example(4, 'class Broken(Scene)\n    pass'),
  ],
  rejections: [{ source: 'demo', exampleId: 'demo:demo.jsonl:5', locator: 'demo.jsonl:5', rule: 'read', code: 'RECORD_NOT_JSON', message: 'x' }],
  index: null,
};

describe('cleanSource', () => {
  it('runs every rule, records each fix and rejection, and counts them', async () => {
    const cleaned = await cleanSource(read, { name: 'demo', kind: 'jsonl-flat' }, tools());
    expect(cleaned.examples.map((e) => e.exampleId)).toEqual(['demo:demo.jsonl:1', 'demo:demo.jsonl:2']);
    expect(cleaned.rejections.map((r) => [r.exampleId, r.rule, r.code])).toEqual([
      ['demo:demo.jsonl:5', 'read', 'RECORD_NOT_JSON'],
      ['demo:demo.jsonl:4', 'python-syntax', 'SYNTAX_ERROR'],
      ['demo:demo.jsonl:3', 'self-contained', 'INTER_SCENE_DEPENDENCY'],
    ]);
    expect(cleaned.fixes).toEqual([{ source: 'demo', exampleId: 'demo:demo.jsonl:1', rule: 'strip-fences', code: 'FENCE_STRIPPED', message: 'removed a markdown fence' }]);
    expect(cleaned.summary).toMatchObject({ read: 5, kept: 2, pendingDescription: 0, rejected: { INTER_SCENE_DEPENDENCY: 1, RECORD_NOT_JSON: 1, SYNTAX_ERROR: 1 }, fixes: { FENCE_STRIPPED: 1 } });
    expect(cleaned.summary.ignoredFields).toEqual([]);
  });

  it('carries the fields the reader counted but did not read into the summary', async () => {
    const ignoredFields = [{ source: 'demo (demo.jsonl)', field: 'license', count: 4 }];
    const cleaned = await cleanSource({ ...read, ignoredFields }, { name: 'demo', kind: 'jsonl-flat' }, tools());
    expect(cleaned.summary.ignoredFields).toEqual(ignoredFields);
    expect(SourceSummary.parse(JSON.parse(JSON.stringify(cleaned.summary)))).toEqual(cleaned.summary);
  });

  it('records lengths in lines and tokens, and a normalized code that ignores comments and spacing', async () => {
    const [first, second] = (await cleanSource(read, { name: 'demo', kind: 'jsonl-flat' }, tools())).examples;
    expect(first!.code).toBe(SCENE);
    expect(first!.lines).toBe(5);
    expect(first!.tokens).toBe(countTokens(SCENE));
    expect(first!.sceneClasses).toEqual(['Ripple']);
    expect(second!.normalizedSha256).toBe(first!.normalizedSha256);
    expect(second!.codeSha256).not.toBe(first!.codeSha256);
  });

  it('gives the same result every time', async () => {
    const run = () => cleanSource(read, { name: 'demo', kind: 'jsonl-flat' }, tools());
    expect(await run()).toEqual(await run());
  });
});
