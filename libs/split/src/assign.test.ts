import { describe, expect, it } from 'vitest';
import { assignSplits, singletonGroups, splitQuotas } from './assign';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `template-${i}`);

describe('assignSplits', () => {
  it('is deterministic and independent of input order', () => {
    const groups = singletonGroups(ids(40));
    const a = assignSplits(groups, 119);
    const b = assignSplits([...groups].reverse(), 119);
    expect(b).toEqual(a);
  });

  it('cuts 80/10/10 by group count', () => {
    const counts = { train: 0, validation: 0, test: 0 };
    for (const a of assignSplits(singletonGroups(ids(100)), 7)) counts[a.split]++;
    expect(counts).toEqual({ train: 80, validation: 10, test: 10 });
  });

  it('gives validation and test at least one group from three groups on', () => {
    for (let n = 3; n < 12; n++) {
      const splits = new Set(assignSplits(singletonGroups(ids(n)), 1).map((a) => a.split));
      expect(splits).toEqual(new Set(['train', 'validation', 'test']));
    }
  });

  it('keeps every template of a group in one split', () => {
    const groups = [{ groupId: 'g', templateIds: ['a', 'b', 'c'] }, ...singletonGroups(ids(20))];
    for (const seed of [1, 2, 3, 4, 5]) {
      const assignments = assignSplits(groups, seed);
      const ofGroup = new Set(assignments.filter((a) => ['a', 'b', 'c'].includes(a.templateId)).map((a) => a.split));
      expect(ofGroup.size).toBe(1);
    }
  });

  it('changes with the seed', () => {
    const groups = singletonGroups(ids(30));
    expect(assignSplits(groups, 1)).not.toEqual(assignSplits(groups, 2));
  });

  it('never steps both quotas at once', () => {
    for (let n = 1; n < 500; n++) {
      const a = splitQuotas(n);
      const b = splitQuotas(n + 1);
      const steps = Number(a.validation !== b.validation) + Number(a.test !== b.test);
      expect(steps).toBeLessThanOrEqual(1);
    }
  });
});
