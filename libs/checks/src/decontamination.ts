import { exactDuplicateGroups, nearDuplicatePairs, type NearDuplicateOptions, type NearDuplicatePair } from '@dataset/dedup';
import type { SplitName } from '@dataset/domain';
import type { Finding } from './finding';

export interface Leak {
  a: string;
  b: string;
  splitA: SplitName;
  splitB: SplitName;
  similarity: number;
  kind: 'exact' | 'near';
}

/**
 * Evaluation is honest only if held-out code was not seen in training: every exact or near duplicate
 * across splits is a leak — an error when training is involved, a warning between validation and test.
 */
export function checkDecontamination(
  texts: readonly { id: string; text: string }[],
  splitOf: ReadonlyMap<string, SplitName>,
  options: NearDuplicateOptions,
  /** Verified pairs over all texts (a superset is fine): each pair's verdict does not depend on other items. */
  knownPairs?: readonly NearDuplicatePair[],
): { findings: Finding[]; leaks: Leak[] } {
  const placed = texts.filter((t) => splitOf.has(t.id));
  const pairs = knownPairs ? knownPairs.filter((p) => splitOf.has(p.a) && splitOf.has(p.b)) : nearDuplicatePairs(placed, options);
  const exact = new Set(exactDuplicateGroups(placed).flatMap((g) => g.flatMap((a) => g.filter((b) => a < b).map((b) => `${a}\u0000${b}`))));
  const leaks: Leak[] = [];
  for (const pair of pairs) {
    const splitA = splitOf.get(pair.a)!;
    const splitB = splitOf.get(pair.b)!;
    if (splitA === splitB) continue;
    leaks.push({ ...pair, splitA, splitB, kind: exact.has(`${pair.a}\u0000${pair.b}`) ? 'exact' : 'near' });
  }
  const findings: Finding[] = leaks.map((leak) => {
    const withTrain = leak.splitA === 'train' || leak.splitB === 'train';
    const [held, seen] = leak.splitA === 'train' ? [leak.b, leak.a] : [leak.a, leak.b];
    return {
      rule: leak.kind === 'exact' ? 'DECONTAMINATION_EXACT_LEAK' : 'DECONTAMINATION_NEAR_LEAK',
      level: withTrain ? 'error' : 'warning',
      templateId: held,
      message: `template ${held} (${splitOf.get(held)}) is ${leak.kind === 'exact' ? 'an exact' : 'a near'} duplicate of ${seen} (${splitOf.get(seen)}), Jaccard ${leak.similarity.toFixed(3)}`,
    };
  });
  return { findings, leaks };
}
