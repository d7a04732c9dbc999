import type { SplitAssignment, SplitName } from '@dataset/domain';
import { rankGroups } from './rank';

/** Templates that must share a split: one template plus its near-duplicates; the id is its smallest member. */
export interface SplitGroup {
  groupId: string;
  templateIds: string[];
}

/**
 * Where the ranked groups are cut: each group's split, from the member counts of the groups in rank order.
 * The ranking is shared; each graph chooses its cut.
 */
export type SplitCut = (memberCounts: readonly number[]) => SplitName[];

/**
 * How many groups go to validation and test. The two counts step up at different totals
 * (validation at 3, 20, 30…; test at 2, 15, 25…), so one added or removed group changes at most
 * one quota — the property that bounds how many other groups can move.
 */
export function splitQuotas(groupCount: number): { validation: number; test: number } {
  if (groupCount <= 1) return { validation: 0, test: 0 };
  if (groupCount === 2) return { validation: 0, test: 1 };
  return {
    validation: Math.max(1, Math.floor(groupCount / 10)),
    test: Math.max(1, Math.round(groupCount / 10)),
  };
}

/** Count-exact: the lowest-ranked groups fill the validation quota, the highest the test quota. */
export const cutByGroupCount: SplitCut = (memberCounts) => {
  const quotas = splitQuotas(memberCounts.length);
  return memberCounts.map((_, rank) => (rank < quotas.validation ? 'validation' : rank >= memberCounts.length - quotas.test ? 'test' : 'train'));
};

/**
 * By share of members: a group goes where its middle member falls, validation from `validationFrom` of all
 * members and test from `testFrom`. With three or more groups, validation and test each get at least one.
 */
export function cutByMemberShare(shares: { validationFrom: number; testFrom: number }): SplitCut {
  return (memberCounts) => {
    const total = memberCounts.reduce((n, count) => n + count, 0);
    let seen = 0;
    const splits = memberCounts.map((count): SplitName => {
      const middle = seen + count / 2;
      seen += count;
      return middle < shares.validationFrom * total ? 'train' : middle < shares.testFrom * total ? 'validation' : 'test';
    });
    if (splits.length >= 3) {
      if (!splits.includes('test')) splits[splits.length - 1] = 'test';
      if (!splits.includes('validation')) splits[splits.lastIndexOf('train')] = 'validation';
    }
    return splits;
  };
}

export interface AssignedGroup<G> {
  group: G;
  rank: string;
  split: SplitName;
}

/** Seeded, order-independent: groups ranked by their members (see `rankGroups`), then cut. */
export function assignGroups<G>(groups: readonly G[], seed: number, memberIdsOf: (group: G) => readonly string[], cut: SplitCut): AssignedGroup<G>[] {
  const ranked = rankGroups(groups, seed, memberIdsOf);
  const splits = cut(ranked.map(({ group }) => memberIdsOf(group).length));
  return ranked.map(({ group, rank }, index) => ({ group, rank, split: splits[index]! }));
}

/** The dataset graph's assignment: template groups, count-exact quotas, one line per template in id order. */
export function assignSplits(groups: readonly SplitGroup[], seed: number): SplitAssignment[] {
  const assignments = assignGroups(groups, seed, (group) => group.templateIds, cutByGroupCount).flatMap(({ group, split }) =>
    group.templateIds.map((templateId) => ({ templateId, split })),
  );
  return assignments.sort((a, b) => (a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0));
}
