import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignGroups, cutByGroupCount } from './assign';
import { groupRank, rankKey, representative } from './rank';

const PROPERTY_RUNS = { seed: 20_250_611, numRuns: 300 };
const memberIds = fc.uniqueArray(
  fc.nat().map((n) => n.toString(36)),
  { minLength: 1, maxLength: 12 },
);

describe('group ranks', () => {
  it('ranks a lone template by its own rank key', () => {
    expect(groupRank(7, ['template-3'])).toBe(rankKey(7, 'template-3'));
  });

  it('takes the rank of one member, whatever order the members come in', () => {
    fc.assert(
      fc.property(memberIds, fc.integer(), (ids, seed) => {
        const rank = groupRank(seed, ids);
        expect(ids.map((id) => rankKey(seed, id))).toContain(rank);
        expect(groupRank(seed, [...ids].reverse())).toBe(rank);
      }),
      PROPERTY_RUNS,
    );
  });

  it('keeps the rank of one of the merged groups, or takes the joining template’s when it represents the group', () => {
    fc.assert(
      fc.property(memberIds, fc.integer({ min: 0, max: 11 }), fc.integer(), (ids, at, seed) => {
        fc.pre(at < ids.length - 2);
        const [joining, ...rest] = ids as [string, ...string[]];
        const [left, right] = [rest.slice(0, at + 1), rest.slice(at + 1)];
        const merged = groupRank(seed, ids);
        if (representative(seed, ids) === joining) expect(merged).toBe(rankKey(seed, joining));
        else expect([groupRank(seed, left), groupRank(seed, right)]).toContain(merged);
      }),
      PROPERTY_RUNS,
    );
  });

  it('sends near-duplicate families to validation and test as often as lone templates', () => {
    let [families, inValidation, inTest] = [0, 0, 0];
    for (let seed = 1; seed <= 20; seed++) {
      const lone = Array.from({ length: 300 }, (_, i) => [`lone-${i}`]);
      const family = Array.from({ length: 50 }, (_, i) => [0, 1, 2, 3].map((j) => `family-${i}-${j}`));
      for (const { group, split } of assignGroups([...lone, ...family], seed, (ids) => ids, cutByGroupCount)) {
        if (group.length === 1) continue;
        families++;
        if (split === 'validation') inValidation++;
        if (split === 'test') inTest++;
      }
    }
    // 10% each: a rank of min(member ranks) would put about 27% in validation and none in test.
    expect(inValidation / families).toBeGreaterThan(0.06);
    expect(inValidation / families).toBeLessThan(0.14);
    expect(inTest / families).toBeGreaterThan(0.06);
    expect(inTest / families).toBeLessThan(0.14);
  });
});
