import { groupsFromPairs } from '@dataset/dedup';
import type { SplitGroup } from './assign';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Split groups: templates linked through any of `duplicates` (lists that must share a split: exact or
 * near-duplicate groups, or any other reason; lists may overlap) form one group, every other template
 * stands alone. A group's id is its smallest member; groups are in id order.
 */
export function splitGroupsFromDuplicates(templateIds: readonly string[], duplicates: readonly (readonly string[])[]): SplitGroup[] {
  const links = duplicates.flatMap(([first, ...rest]) => rest.map((other) => ({ a: first!, b: other })));
  const linked = groupsFromPairs(templateIds, links);
  const grouped = new Set(linked.flat());
  const alone = templateIds.filter((id) => !grouped.has(id)).map((id) => [id]);
  return [...linked, ...alone].map((ids) => ({ groupId: ids[0]!, templateIds: ids })).sort((a, b) => byCodeUnits(a.groupId, b.groupId));
}
