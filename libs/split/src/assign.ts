import { sha256, type SplitAssignment, type SplitName } from '@dataset/domain';

/** Templates that must share a split: one template plus its near-duplicates. */
export interface SplitGroup {
  groupId: string;
  templateIds: string[];
}

/**
 * How many groups go to validation and test. The two counts step up at different totals
 * (test at 5, 15, 25…; validation at 20, 30…), so one added or removed group changes at most
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

export function rankKey(seed: number, groupId: string): string {
  return sha256(`${seed}\u0000${groupId}`);
}

/**
 * Seeded, order-independent assignment: groups are ranked by hash(seed, groupId); the lowest ranks
 * go to validation, the highest to test, the rest to train. A group's rank never depends on the other
 * groups, so adding or removing one group moves at most one other group between splits.
 */
export function assignSplits(groups: readonly SplitGroup[], seed: number): SplitAssignment[] {
  const ids = new Set<string>();
  for (const group of groups) {
    if (ids.has(group.groupId)) throw new Error(`duplicate split group id ${group.groupId}`);
    ids.add(group.groupId);
  }
  const ranked = [...groups].sort((a, b) => {
    const ka = rankKey(seed, a.groupId);
    const kb = rankKey(seed, b.groupId);
    return ka < kb ? -1 : ka > kb ? 1 : a.groupId < b.groupId ? -1 : 1;
  });
  const quotas = splitQuotas(ranked.length);
  const assignments: SplitAssignment[] = [];
  ranked.forEach((group, rank) => {
    const split: SplitName =
      rank < quotas.validation ? 'validation' : rank >= ranked.length - quotas.test ? 'test' : 'train';
    for (const templateId of group.templateIds) assignments.push({ templateId, split });
  });
  return assignments.sort((a, b) => (a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0));
}

/** Every template in its own group: the default before near-duplicate grouping exists. */
export function singletonGroups(templateIds: readonly string[]): SplitGroup[] {
  return templateIds.map((templateId) => ({ groupId: templateId, templateIds: [templateId] }));
}
