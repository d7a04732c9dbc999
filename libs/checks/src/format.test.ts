import { describe, expect, it } from 'vitest';
import { checkUploadFormat, lineFormatFindings } from './format';
import { cleanDataset } from './fixtures';
import { uploadFilesFromExamples } from './input';

const assistant = { role: 'assistant', content: 'const a = 1;' };
const user = { role: 'user', content: 'make a scene' };
const line = (value: unknown): string => JSON.stringify(value);

describe('lineFormatFindings', () => {
  it.each([
    ['not json at all', 'FORMAT_INVALID_JSON'],
    ['', 'FORMAT_BLANK_LINE'],
    [line([user, assistant]), 'FORMAT_NOT_OBJECT'],
    [line('a string'), 'FORMAT_NOT_OBJECT'],
    [line({}), 'FORMAT_MISSING_MESSAGES'],
    [line({ messages: [] }), 'FORMAT_MISSING_MESSAGES'],
    [line({ messages: 'hello' }), 'FORMAT_MISSING_MESSAGES'],
    [line({ messages: ['hello', assistant] }), 'FORMAT_MESSAGE_NOT_OBJECT'],
    [line({ messages: [{ content: 'hi' }, assistant] }), 'FORMAT_MESSAGE_MISSING_ROLE'],
    [line({ messages: [{ role: 'user' }, assistant] }), 'FORMAT_MESSAGE_MISSING_CONTENT'],
    [line({ messages: [user, assistant], meta: { templateId: 'x' } }), 'FORMAT_UNKNOWN_KEY'],
    [line({ messages: [{ ...user, mood: 'happy' }, assistant] }), 'FORMAT_UNKNOWN_KEY'],
    [line({ messages: [{ role: 'robot', content: 'beep' }, assistant] }), 'FORMAT_UNKNOWN_ROLE'],
    [line({ messages: [{ role: 'user', content: '' }, assistant] }), 'FORMAT_EMPTY_CONTENT'],
    [line({ messages: [{ role: 'user', content: '  \n ' }, assistant] }), 'FORMAT_EMPTY_CONTENT'],
    [line({ messages: [{ role: 'user', content: 42 }, assistant] }), 'FORMAT_INVALID_CONTENT'],
    [line({ messages: [user, { role: 'system', content: 'be terse' }] }), 'FORMAT_NO_ASSISTANT_MESSAGE'],
    [line({ messages: [user, { ...assistant, weight: 2 }] }), 'FORMAT_INVALID_FIELD'],
  ])('flags %s as %s', (text, rule) => {
    expect(lineFormatFindings(text).map((f) => f.rule)).toContain(rule);
  });

  it('accepts a well-formed chat line', () => {
    expect(lineFormatFindings(line({ messages: [{ role: 'system', content: 's' }, user, assistant] }))).toEqual([]);
  });

  it('names the unknown keys', () => {
    const [finding] = lineFormatFindings(line({ messages: [user, assistant], meta: {} }));
    expect(finding?.detail).toContain('"meta"');
  });
});

describe('checkUploadFormat', () => {
  it('passes a clean release without findings', () => {
    const { examples } = cleanDataset(10);
    expect(checkUploadFormat(examples, undefined, 10)).toEqual([]);
    expect(checkUploadFormat(examples, uploadFilesFromExamples(examples), 10)).toEqual([]);
  });

  it('names split, line and template of a bad line', () => {
    const { examples } = cleanDataset(10);
    const files = uploadFilesFromExamples(examples);
    const lines = files.train.split('\n');
    lines[2] = line({ messages: [user] });
    const findings = checkUploadFormat(examples, { ...files, train: lines.join('\n') }, 10);
    const finding = findings.find((f) => f.rule === 'FORMAT_NO_ASSISTANT_MESSAGE');
    expect(finding?.exampleRef).toEqual({ split: 'train', line: 3, templateId: examples.find((e) => e.split === 'train' && e.line === 3)!.example.meta.templateId });
    expect(finding?.message).toMatch(/^train\.jsonl line 3 \(template template-\d+\)/);
  });

  it('reports upload lines that do not match their meta line', () => {
    const { examples } = cleanDataset(10);
    const files = uploadFilesFromExamples(examples);
    const [first, second, ...rest] = files.validation.split('\n');
    const swapped = { ...files, validation: [second, first, ...rest].join('\n') };
    expect(checkUploadFormat(examples, swapped, 10).filter((f) => f.rule === 'FORMAT_META_MISALIGNED')).toHaveLength(2);
    const truncated = { ...files, test: files.test.split('\n')[0]! + '\n' };
    expect(checkUploadFormat(examples, truncated, 10).map((f) => f.rule)).toContain('FORMAT_META_MISALIGNED');
  });

  it('warns below ten training examples and not at ten', () => {
    const { examples } = cleanDataset(10);
    const train = examples.filter((e) => e.split === 'train');
    const nine = train.slice(0, 9);
    expect(checkUploadFormat(nine, undefined, 10)).toEqual([
      expect.objectContaining({ rule: 'FORMAT_FEW_TRAINING_EXAMPLES', level: 'warning' }),
    ]);
    expect(checkUploadFormat(train.slice(0, 10), undefined, 10)).toEqual([]);
  });
});
