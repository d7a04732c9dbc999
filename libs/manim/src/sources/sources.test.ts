import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CleanSpec, SourceKind } from '../config';
import { writeParquetAtomic } from '../parquet/files';
import { PythonChecker } from '../python/checker';
import { SOURCE_PLUGINS, describeFromFileName, moduleNamesOf } from './index';
import { flatRecord } from './jsonl-flat';
import { openAiRecord } from './jsonl-openai';
import { shareGptRecord } from './jsonl-sharegpt';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const dir = mkdtempSync(join(tmpdir(), 'manim-sources-'));
function write(relative: string, text: string): string {
  const path = join(dir, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
const spec = (kind: SourceKind, path: string): CleanSpec => ({ name: 'demo', kind, path, producedBy: null });
const read = (kind: SourceKind, path: string) => SOURCE_PLUGINS[kind].read(spec(kind, path), { checker });

describe('record shapes', () => {
  it('reads OpenAI messages, string or text-part content, pairing the user turn before the first answer', () => {
    expect(openAiRecord({ messages: [{ role: 'system', content: 's' }, { role: 'user', content: ' Draw ' }, { role: 'assistant', content: 'code' }] })).toEqual({ description: 'Draw', text: 'code', ignored: [] });
    expect(openAiRecord({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Draw' }] }, { role: 'assistant', content: [{ type: 'text', text: 'code' }] }] })).toEqual({ description: 'Draw', text: 'code', ignored: [] });
    expect(openAiRecord({ messages: [{ role: 'user', content: 'Draw' }] })).toEqual({ field: 'messages', message: 'no assistant turn (the code)' });
    expect(openAiRecord({ conversations: [] })).toBeNull();
  });

  it('reads ShareGPT conversations', () => {
    expect(shareGptRecord({ conversations: [{ from: 'human', value: 'Draw' }, { from: 'gpt', value: 'code' }] })).toEqual({ description: 'Draw', text: 'code', ignored: [] });
    expect(shareGptRecord({ conversations: [{ from: 'human', value: '' }, { from: 'gpt', value: 'code' }] })).toMatchObject({ field: 'conversations[0].value' });
  });

  it('reads records with fields no shape reads, and names those fields', () => {
    expect(
      openAiRecord({
        id: 'row-1',
        messages: [
          { role: 'system', content: 's' },
          { role: 'user', content: 'Draw', name: 'alice' },
          { role: 'assistant', content: 'code', weight: 1 },
        ],
        metadata: { topic: 'shapes' },
      }),
    ).toEqual({ description: 'Draw', text: 'code', ignored: ['id', 'metadata', 'messages[].name', 'messages[].weight'] });
    expect(shareGptRecord({ conversations: [{ from: 'human', value: 'Draw', lang: 'en' }, { from: 'gpt', value: 'code' }], source: 'x' })).toEqual({
      description: 'Draw',
      text: 'code',
      ignored: ['source', 'conversations[].lang'],
    });
    expect(flatRecord({ instruction: 'Draw', input: '', output: 'code', license: 'MIT' })).toEqual({ description: 'Draw', text: 'code', ignored: ['input', 'license'] });
  });

  it('reads the flat shape under any of its field names', () => {
    expect(flatRecord({ instruction: 'Draw', output: 'code' })).toEqual({ description: 'Draw', text: 'code', ignored: [] });
    expect(flatRecord({ prompt: 'Draw', code: 'code' })).toEqual({ description: 'Draw', text: 'code', ignored: [] });
    expect(flatRecord({ description: 'Draw' })).toEqual({ field: 'code|output', message: 'missing (no code)' });
    expect(flatRecord({ title: 'x' })).toBeNull();
  });
});

describe('JSONL sources', () => {
  it('rejects a bad line with its line number and keeps reading', async () => {
    const path = write('flat.jsonl', ['{"description": "Draw", "code": "x = 1"}', '', '{"description": "Draw"', '{"description": "Draw", "code": "  "}', '{"title": 1}'].join('\n'));
    const result = await read('jsonl-flat', path);
    expect(result.examples.map((e) => e.exampleId)).toEqual(['demo:flat.jsonl:1']);
    expect(result.rejections.map((r) => [r.locator, r.code])).toEqual([
      ['flat.jsonl:3', 'RECORD_NOT_JSON'],
      ['flat.jsonl:4', 'EMPTY_CODE'],
      ['flat.jsonl:5', 'RECORD_SHAPE'],
    ]);
  });

  it('counts the fields records carry beyond their shape, per source and field, without rejecting them', async () => {
    const path = write('extra.jsonl', [
      JSON.stringify({ messages: [{ role: 'user', content: 'Draw', name: 'a' }, { role: 'assistant', content: 'x = 1' }], metadata: {} }),
      JSON.stringify({ messages: [{ role: 'user', content: 'Draw' }, { role: 'assistant', content: 'x = 2' }], metadata: {} }),
    ].join('\n'));
    const result = await read('jsonl-openai', path);
    expect(result.examples).toHaveLength(2);
    expect(result.rejections).toEqual([]);
    expect(result.ignoredFields).toEqual([
      { source: 'demo (extra.jsonl)', field: 'metadata', count: 2 },
      { source: 'demo (extra.jsonl)', field: 'messages[].name', count: 1 },
    ]);
  });

  it('fails the run, naming the file, when a source file is missing', async () => {
    await expect(read('jsonl-openai', join(dir, 'nope.jsonl'))).rejects.toThrow(/nope\.jsonl.*ENOENT/);
  });
});

describe('parquet sources', () => {
  it('reads rows of any shape, treating null cells as absent columns', async () => {
    const path = join(dir, 'rows.parquet');
    writeParquetAtomic(path, [
      { name: 'instruction', type: 'STRING', data: ['Draw a dot', null] },
      { name: 'output', type: 'STRING', data: ['self.add(Dot())', null] },
      { name: 'messages', type: 'STRING', data: [null, JSON.stringify([{ role: 'user', content: 'Draw' }, { role: 'assistant', content: 'x = 1' }])] },
    ]);
    const result = await read('parquet', path);
    expect(result.examples.map((e) => [e.locator, e.description, e.text])).toEqual([
      ['rows.parquet#1', 'Draw a dot', 'self.add(Dot())'],
      ['rows.parquet#2', 'Draw', 'x = 1'],
    ]);
    expect(result.ignoredFields).toEqual([]);
  });

  it('counts the columns a row carries beyond its shape', async () => {
    const path = join(dir, 'extra.parquet');
    writeParquetAtomic(path, [
      { name: 'prompt', type: 'STRING', data: ['Draw a dot', 'Draw a square'] },
      { name: 'code', type: 'STRING', data: ['self.add(Dot())', 'self.add(Square())'] },
      { name: 'license', type: 'STRING', data: ['MIT', null] },
    ]);
    const result = await read('parquet', path);
    expect(result.examples).toHaveLength(2);
    expect(result.ignoredFields).toEqual([{ source: 'demo (extra.parquet)', field: 'license', count: 1 }]);
  });
});

describe('repository sources', () => {
  it('makes one example per Scene subclass with construct, describing it from what the repo says', async () => {
    const root = join(dir, 'repo');
    write('repo/circle_to_square.py', 'from manim import *\n\nclass Morph(Scene):\n    def construct(self):\n        pass\n');
    write('repo/lib/base.py', 'from manim import *\n\nclass Base(Scene):\n    def helper(self):\n        pass\n');
    write('repo/lib/many.py', '"""Module doc."""\nfrom base import Base\n\nclass A(Base):\n    """Docstring A."""\n    def construct(self):\n        pass\n\n# Comment for B\n# continues.\nclass B(Scene):\n    def construct(self):\n        pass\n\nclass C(Scene):\n    def construct(self):\n        pass\n');
    write('repo/scene.py', '"""Shows a single square."""\nfrom manim import *\n\nclass S(Scene):\n    def construct(self):\n        pass\n');
    write('repo/broken.py', 'class X(Scene)\n    pass\n');
    write('repo/.hidden/ignored.py', 'class Y(Scene):\n    def construct(self):\n        pass\n');
    const result = await read('repo', root);
    expect(result.examples.map((e) => [e.locator, e.descriptionOrigin, e.description])).toEqual([
      ['circle_to_square.py::Morph', 'file-name', 'Circle to square'],
      ['lib/many.py::A', 'docstring', 'Docstring A.'],
      ['lib/many.py::B', 'comment', 'Comment for B continues.'],
      ['lib/many.py::C', 'pending', null],
      ['scene.py::S', 'module-docstring', 'Shows a single square.'],
    ]);
    expect(result.examples[1]!.text.startsWith('class A(Base):')).toBe(true);
    expect(result.rejections.map((r) => [r.locator, r.code])).toEqual([['broken.py', 'SYNTAX_ERROR']]);
    expect(result.index?.definitions.get('Base')).toEqual(['lib/base.py']);
    expect(result.index?.localModules.has('base')).toBe(true);
  });

  it('derives module names and file-name descriptions', () => {
    expect(moduleNamesOf('pkg/sub/util.py').sort()).toEqual(['pkg', 'pkg.sub', 'pkg.sub.util', 'sub', 'sub.util', 'util']);
    expect(describeFromFileName('shapes/SquareToCircle.py')).toBe('Square to circle');
    expect(describeFromFileName('main.py')).toBeNull();
    expect(describeFromFileName('scene2.py')).toBeNull();
  });
});
