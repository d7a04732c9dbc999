import { describe, expect, it } from 'vitest';
import { splitGroupsFromDuplicates } from './groups';

describe('splitGroupsFromDuplicates', () => {
  it('puts each duplicate group in one split group and every other template alone', () => {
    expect(splitGroupsFromDuplicates(['d', 'a', 'c', 'b'], [['c', 'a']])).toEqual([
      { groupId: 'a', templateIds: ['a', 'c'] },
      { groupId: 'b', templateIds: ['b'] },
      { groupId: 'd', templateIds: ['d'] },
    ]);
  });

  it('joins duplicate lists that share a template', () => {
    expect(splitGroupsFromDuplicates(['a', 'b', 'c', 'd', 'e'], [['b', 'e'], ['d', 'c'], ['c', 'e']])).toEqual([
      { groupId: 'a', templateIds: ['a'] },
      { groupId: 'b', templateIds: ['b', 'c', 'd', 'e'] },
    ]);
  });

  it('refuses a duplicate that names no template', () => {
    expect(() => splitGroupsFromDuplicates(['a'], [['a', 'z']])).toThrow(/outside the items/);
  });
});
