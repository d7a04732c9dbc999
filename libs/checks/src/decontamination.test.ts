import { describe, expect, it } from 'vitest';
import type { SplitName } from '@dataset/domain';
import { checkDecontamination } from './decontamination';
import { sceneCode } from './fixtures';

/** A scene of realistic length: several fixture scenes' worth of distinct code. */
const longScene = (id: string) => [1, 2, 3].map((part) => sceneCode(`${id}-${part}`, 120).replace(/export (default |const durationInFrames)/g, '')).join('\n');

const trainScene = longScene('train-original');
const texts = [
  { id: 'train-original', text: trainScene },
  { id: 'test-copy', text: trainScene },
  { id: 'validation-variant', text: trainScene.replace(/#101820/g, '#222222') },
  // The first two thirds of the training scene: little Jaccard overlap with it, all of it seen in training.
  { id: 'test-excerpt', text: trainScene.slice(0, Math.floor(trainScene.length * 0.66)) },
  { id: 'test-unrelated', text: longScene('unrelated') },
  { id: 'train-other', text: longScene('other') },
];
const splits: [string, SplitName][] = [
  ['train-original', 'train'],
  ['test-copy', 'test'],
  ['validation-variant', 'validation'],
  ['test-excerpt', 'test'],
  ['test-unrelated', 'test'],
  ['train-other', 'train'],
];

describe('checkDecontamination', () => {
  it('fails held-out code that copies, varies or excerpts training code, and leaves unrelated code alone', () => {
    const { findings, leaks } = checkDecontamination(texts, new Map(splits));
    expect(findings.filter((f) => f.level === 'error').map((f) => [f.rule, f.templateId])).toEqual([
      ['DECONTAMINATION_EXACT_LEAK', 'test-copy'],
      ['DECONTAMINATION_NEAR_LEAK', 'test-excerpt'],
      ['DECONTAMINATION_NEAR_LEAK', 'validation-variant'],
    ]);
    expect(leaks.find((l) => l.a === 'test-excerpt')).toMatchObject({ b: 'train-original', splitB: 'train' });
    expect(leaks.every((l) => l.splitA !== l.splitB)).toBe(true);
  });

  it('warns when validation and test share code, and accepts duplicates inside one split', () => {
    const heldOutTwins = new Map<string, SplitName>([
      ['test-copy', 'test'],
      ['train-original', 'validation'],
      ['test-unrelated', 'test'],
    ]);
    expect(checkDecontamination(texts, heldOutTwins).findings.map((f) => [f.rule, f.level])).toEqual([['DECONTAMINATION_EXACT_LEAK', 'warning']]);
    const allTrain = new Map<string, SplitName>(texts.map((t) => [t.id, t.id === 'test-unrelated' ? 'test' : 'train']));
    expect(checkDecontamination(texts, allTrain)).toEqual({ findings: [], leaks: [] });
  });

  it('does not count boilerplate every training scene shares as evidence', () => {
    const boilerplate = Array.from({ length: 40 }, (_, i) => `const shared${i} = window.Remotion.interpolate(frame, [0, 30], [0, 1]);`).join('\n');
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `train-${i}`, text: `${boilerplate}\n${longScene(`t${i}`)}` }));
    const held = { id: 'test-own', text: `${boilerplate}\n${longScene('own')}` };
    const splitOf = new Map<string, SplitName>([...many.map((t): [string, SplitName] => [t.id, 'train']), [held.id, 'test']]);
    expect(checkDecontamination([...many, held], splitOf).leaks).toEqual([]);
  });
});
