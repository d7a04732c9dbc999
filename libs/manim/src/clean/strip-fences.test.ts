import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fenced } from '../combine/chat';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample, fixCodes, keptCode } from '../testing/rules';
import { stripFences } from './strip-fences';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const SCENE = 'from manim import *\n\nclass A(Scene):\n    def construct(self):\n        self.add(Circle())';
const strip = (text: string) => applyRule(stripFences, datasetExample(text), contextFor(checker));

describe('strip-fences', () => {
  it('leaves clean code alone and records nothing', async () => {
    const outcome = await strip(SCENE);
    expect(keptCode(outcome)).toBe(SCENE);
    expect(fixCodes(outcome)).toEqual([]);
  });

  it('removes a python fence', async () => {
    const outcome = await strip('```python\n' + SCENE + '\n```');
    expect(keptCode(outcome)).toBe(SCENE);
    expect(fixCodes(outcome)).toEqual(['FENCE_STRIPPED']);
  });

  it('peels a double fence, so the dataset wraps the code exactly once', async () => {
    const outcome = await strip('```python\n```python\n' + SCENE + '\n```\n```');
    const code = keptCode(outcome);
    expect(code).toBe(SCENE);
    expect(fixCodes(outcome)).toEqual(['FENCE_STRIPPED']);
    expect(fenced(code).match(/^```/gm)).toHaveLength(2);
  });

  it('drops prose around a fenced block', async () => {
    const outcome = await strip('Sure! Here it is:\n\n```py\n' + SCENE + '\n```\n\nEnjoy.');
    expect(keptCode(outcome)).toBe(SCENE);
    expect(fixCodes(outcome)).toEqual(['FENCE_STRIPPED', 'PROSE_STRIPPED']);
  });

  it('drops prose around unfenced code only when what is left parses', async () => {
    const outcome = await strip('Here is the code you asked for:\n' + SCENE + '\n\nLet me know if it works!');
    expect(keptCode(outcome)).toBe(SCENE);
    expect(fixCodes(outcome)).toEqual(['PROSE_STRIPPED']);
    const unfixable = await strip('Here is the code:\n' + SCENE + '\n    oops(');
    expect(fixCodes(unfixable)).toEqual([]);
  });

  it('picks the scene block when an answer has several', async () => {
    const outcome = await strip('Install first:\n```bash\npip install manim\n```\nThen:\n```python\n' + SCENE + '\n```');
    expect(keptCode(outcome)).toBe(SCENE);
  });

  it('strips an opening fence that was never closed (a truncated export)', async () => {
    expect(keptCode(await strip('```python\n' + SCENE))).toBe(SCENE);
  });

  it('never takes apart code that already parses, even if a string in it holds a fence', async () => {
    const code = SCENE + '\n        notes = """\n```\n"""';
    const outcome = await strip(code);
    expect(outcome.kept).toBe(false);
  });

  it('rejects code that still holds a fence line, which would break the chat markdown', async () => {
    const outcome = await strip(SCENE + '\n        notes = """\n```python\nx = 1\n```\n"""');
    expect(outcome.kept ? 'kept' : outcome.code).toBe('CODE_CONTAINS_FENCE');
  });
});
