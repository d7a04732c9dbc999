import { sha256, type SplitName } from '@dataset/domain';
import type { RankedExample } from './rank';

export interface SplitGroup {
  /** The smallest normalized-code hash of the members: stable while the group's members are. */
  key: string;
  members: RankedExample[];
}

export interface SplitPlan {
  splitOf: ReadonlyMap<string, SplitName>;
  groupOf: ReadonlyMap<string, string>;
  /** Per example: its hash rank, used to order lines within a split without Math.random. */
  rankOf: ReadonlyMap<string, string>;
}

/** Examples linked by any of `links` (lists of ids) form one group; all others stand alone. */
export function splitGroups(examples: readonly RankedExample[], links: readonly string[][]): SplitGroup[] {
  const parent = new Map(examples.map((r) => [r.example.exampleId, r.example.exampleId]));
  const root = (id: string): string => {
    while (parent.get(id) !== id) id = parent.get(id)!;
    return id;
  };
  for (const ids of links) {
    for (const id of ids.slice(1)) {
      const [x, y] = [root(ids[0]!), root(id)];
      if (x !== y) parent.set(y, x);
    }
  }
  const groups = new Map<string, RankedExample[]>();
  for (const r of examples) {
    const key = root(r.example.exampleId);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((members) => ({
    key: members.map((m) => m.example.normalizedSha256).sort()[0]!,
    members,
  }));
}

/**
 * 80/10/10 by group, from a seed: groups are ordered by sha256(seed:key) and cut where the running count
 * of examples passes 80% and 90%. Every member of a group shares a split, so a prompt never appears in
 * both train and test. With three or more groups, validation and test each get at least one.
 */
export function assignSplits(groups: readonly SplitGroup[], seed: number): SplitPlan {
  const ranked = groups
    .map((group) => ({ group, rank: sha256(`${seed}:${group.key}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const total = groups.reduce((n, g) => n + g.members.length, 0);
  let seen = 0;
  const splits: SplitName[] = ranked.map(({ group }) => {
    const middle = seen + group.members.length / 2;
    seen += group.members.length;
    return middle < 0.8 * total ? 'train' : middle < 0.9 * total ? 'validation' : 'test';
  });
  if (ranked.length >= 3) {
    if (!splits.includes('test')) splits[splits.length - 1] = 'test';
    if (!splits.includes('validation')) splits[splits.lastIndexOf('train')] = 'validation';
  }
  const splitOf = new Map<string, SplitName>();
  const groupOf = new Map<string, string>();
  const rankOf = new Map<string, string>();
  ranked.forEach(({ group, rank }, index) => {
    for (const member of group.members) {
      splitOf.set(member.example.exampleId, splits[index]!);
      groupOf.set(member.example.exampleId, group.key);
      rankOf.set(member.example.exampleId, `${rank}:${member.example.exampleId}`);
    }
  });
  return { splitOf, groupOf, rankOf };
}
