import { describe, expect, it } from 'vitest';
import type { SplitName } from '@dataset/domain';
import { checkDecontamination } from './decontamination';
import { sceneCode } from './fixtures';

const base = sceneCode('shared', 120);
const texts = [
  { id: 'train-original', text: base },
  { id: 'test-copy', text: base },
  { id: 'validation-variant', text: base.replace('#101820', '#222222') },
  { id: 'test-unrelated', text: sceneCode('unrelated', 90) },
];
const options = { threshold: 0.85 };

describe('checkDecontamination', () => {
  it('fails held-out code that duplicates training code', () => {
    const splitOf = new Map<string, SplitName>([
      ['train-original', 'train'],
      ['test-copy', 'test'],
      ['validation-variant', 'validation'],
      ['test-unrelated', 'test'],
    ]);
    const { findings, leaks } = checkDecontamination(texts, splitOf, options);
    const errors = findings.filter((f) => f.level === 'error').map((f) => [f.rule, f.templateId]);
    expect(errors).toEqual([
      ['DECONTAMINATION_EXACT_LEAK', 'test-copy'],
      ['DECONTAMINATION_NEAR_LEAK', 'validation-variant'],
    ]);
    expect(findings.filter((f) => f.level === 'warning').map((f) => f.rule)).toEqual(['DECONTAMINATION_NEAR_LEAK']);
    expect(leaks.every((l) => l.splitA !== l.splitB)).toBe(true);
  });

  it('accepts duplicates that share a split', () => {
    const allTrain = new Map<string, SplitName>(texts.map((t) => [t.id, t.id === 'test-unrelated' ? 'test' : 'train']));
    expect(checkDecontamination(texts, allTrain, options)).toEqual({ findings: [], leaks: [] });
  });
});
