import type { SplitName } from '@dataset/domain';
import { assignGroups, cutByMemberShare } from '@dataset/split';
import { splitGroupsFromDuplicates } from '@dataset/split/groups';
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

/** This graph cuts by examples, not groups: 80/10/10 of the examples, a group going where its middle example falls. */
const BY_EXAMPLE_SHARE = cutByMemberShare({ validationFrom: 0.8, testFrom: 0.9 });

/** Examples linked by any of `links` (lists of ids) form one group; all others stand alone. */
export function splitGroups(examples: readonly RankedExample[], links: readonly string[][]): SplitGroup[] {
  const byId = new Map(examples.map((r) => [r.example.exampleId, r]));
  return splitGroupsFromDuplicates([...byId.keys()], links).map(({ templateIds }) => {
    const members = templateIds.map((id) => byId.get(id)!);
    return { key: members.map((m) => m.example.normalizedSha256).sort()[0]!, members };
  });
}

/**
 * Seeded split by group, ranked as the dataset graph ranks its groups (`@dataset/split`), each example by
 * its normalized code — so an example keeps its place when a source is renamed or another source supplies
 * the same scene. Every member of a group shares a split, so a prompt never appears in both train and test.
 */
export function assignSplits(groups: readonly SplitGroup[], seed: number): SplitPlan {
  const ranked = assignGroups(groups, seed, (group) => group.members.map((m) => m.example.normalizedSha256), BY_EXAMPLE_SHARE);
  const splitOf = new Map<string, SplitName>();
  const groupOf = new Map<string, string>();
  const rankOf = new Map<string, string>();
  for (const { group, rank, split } of ranked) {
    for (const member of group.members) {
      splitOf.set(member.example.exampleId, split);
      groupOf.set(member.example.exampleId, group.key);
      rankOf.set(member.example.exampleId, `${rank}:${member.example.exampleId}`);
    }
  }
  return { splitOf, groupOf, rankOf };
}
