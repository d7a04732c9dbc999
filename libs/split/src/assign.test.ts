import { describe, expect, it } from 'vitest';
import { assignSplits, cutByMemberShare, splitQuotas, type SplitGroup } from './assign';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `template-${i}`);
const alone = (templateIds: readonly string[]): SplitGroup[] => templateIds.map((id) => ({ groupId: id, templateIds: [id] }));

describe('assignSplits', () => {
  it('is deterministic and independent of input order', () => {
    const groups = alone(ids(40));
    const a = assignSplits(groups, 119);
    const b = assignSplits([...groups].reverse(), 119);
    expect(b).toEqual(a);
  });

  it('assigns a corpus without near-duplicates as it always has', () => {
    const held = assignSplits(alone(ids(20)), 7).filter((a) => a.split !== 'train');
    expect(held).toEqual([
      { templateId: 'template-17', split: 'test' },
      { templateId: 'template-4', split: 'validation' },
      { templateId: 'template-6', split: 'validation' },
      { templateId: 'template-7', split: 'test' },
    ]);
  });

  it('cuts 80/10/10 by group count', () => {
    const counts = { train: 0, validation: 0, test: 0 };
    for (const a of assignSplits(alone(ids(100)), 7)) counts[a.split]++;
    expect(counts).toEqual({ train: 80, validation: 10, test: 10 });
  });

  it('gives validation and test at least one group from three groups on', () => {
    for (let n = 3; n < 12; n++) {
      const splits = new Set(assignSplits(alone(ids(n)), 1).map((a) => a.split));
      expect(splits).toEqual(new Set(['train', 'validation', 'test']));
    }
  });

  it('keeps every template of a group in one split', () => {
    const groups = [{ groupId: 'a', templateIds: ['a', 'b', 'c'] }, ...alone(ids(20))];
    for (const seed of [1, 2, 3, 4, 5]) {
      const assignments = assignSplits(groups, seed);
      const ofGroup = new Set(assignments.filter((a) => ['a', 'b', 'c'].includes(a.templateId)).map((a) => a.split));
      expect(ofGroup.size).toBe(1);
    }
  });

  it('refuses a template in two groups', () => {
    expect(() => assignSplits([{ groupId: 'a', templateIds: ['a', 'b'] }, ...alone(['b'])], 1)).toThrow(/b is in two groups/);
  });

  it('changes with the seed', () => {
    const groups = alone(ids(30));
    expect(assignSplits(groups, 1)).not.toEqual(assignSplits(groups, 2));
  });
});

describe('splitQuotas', () => {
  const steps = (n: number) => {
    const [a, b] = [splitQuotas(n - 1), splitQuotas(n)];
    return { validation: a.validation !== b.validation, test: a.test !== b.test };
  };

  it('steps validation at 3, 20, 30… groups and test at 2, 15, 25…', () => {
    const at = (quota: 'validation' | 'test') => ids(100).map((_, n) => n + 1).filter((n) => steps(n)[quota]);
    expect(at('validation')).toEqual([3, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(at('test')).toEqual([2, 15, 25, 35, 45, 55, 65, 75, 85, 95]);
  });

  it('never steps both quotas at once', () => {
    for (let n = 1; n < 500; n++) expect(steps(n).validation && steps(n).test).toBe(false);
  });
});

describe('cutByMemberShare', () => {
  const cut = cutByMemberShare({ validationFrom: 0.8, testFrom: 0.9 });

  it('puts a group where its middle member falls', () => {
    expect(cut([8, 1, 1])).toEqual(['train', 'validation', 'test']);
    expect(cut([2, 5, 2, 1])).toEqual(['train', 'train', 'validation', 'test']);
  });

  it('gives validation and test at least one group from three groups on', () => {
    expect(cut([1, 1])).toEqual(['train', 'train']);
    expect(cut([1, 1, 1])).toEqual(['train', 'validation', 'test']);
    expect(cut([5, 5, 1])).toEqual(['train', 'validation', 'test']);
  });
});
