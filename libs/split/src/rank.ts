import { sha256 } from '@dataset/domain';

/** A member's place in the seeded order: the rank of any group it represents. */
export function rankKey(seed: number, memberId: string): string {
  return sha256(`${seed}\u0000${memberId}`);
}

/** Which member represents its group: a second seeded hash, independent of the rank. */
function representativeKey(seed: number, memberId: string): string {
  return sha256(`${seed}\u0000representative\u0000${memberId}`);
}

/**
 * The member a group is ranked by: the one with the lowest representative key. A template that joins a
 * group takes this role with probability 1/(n+1), whatever the ids look like; the group keeps its
 * rank otherwise, and a merged group keeps the rank of one of its parts.
 *
 * Not the member with the lowest rank: the minimum of n ranks is biased low, so near-duplicate
 * families would crowd into validation and hardly ever reach test.
 */
export function representative(seed: number, memberIds: readonly string[]): string {
  let best: { memberId: string; key: string } | undefined;
  for (const memberId of memberIds) {
    const key = representativeKey(seed, memberId);
    if (!best || key < best.key) best = { memberId, key };
  }
  if (!best) throw new Error('a split group has no members');
  return best.memberId;
}

/** A group's rank: its representative's. A singleton is ranked by its own rank key. */
export function groupRank(seed: number, memberIds: readonly string[]): string {
  return rankKey(seed, representative(seed, memberIds));
}

export interface RankedGroup<G> {
  group: G;
  rank: string;
}

/**
 * Groups in seeded rank order. Each rank depends only on the group's own members, never on the other
 * groups, so adding or removing a group leaves every other group's rank as it was. Two groups never
 * share a member, so they never share a rank and the order is total.
 */
export function rankGroups<G>(groups: readonly G[], seed: number, memberIdsOf: (group: G) => readonly string[]): RankedGroup<G>[] {
  const seen = new Set<string>();
  for (const group of groups) {
    for (const memberId of new Set(memberIdsOf(group))) {
      if (seen.has(memberId)) throw new Error(`split member ${memberId} is in two groups`);
      seen.add(memberId);
    }
  }
  return groups
    .map((group) => ({ group, rank: groupRank(seed, memberIdsOf(group)) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
}
