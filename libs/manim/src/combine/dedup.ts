import { exactDuplicateGroups, nearDuplicateGroups } from '@dataset/dedup';
import type { DedupCode } from '../codes';
import { best, type RankedExample } from './rank';

export interface DroppedExample {
  exampleId: string;
  source: string;
  code: DedupCode;
  /** The example kept in its place (null for a pending description). */
  keptExampleId: string | null;
}

export interface DedupPolicy {
  nearDuplicateThreshold: number;
  sameDescription: 'same-split' | 'keep-highest-priority';
}

export interface DedupResult {
  kept: RankedExample[];
  dropped: DroppedExample[];
  /** Kept examples sharing a description; under `same-split` each group lands in one split. */
  sameDescriptionGroups: string[][];
}

/** Descriptions compared loosely: case, spacing and a trailing full stop do not make a different prompt. */
export function descriptionKey(description: string): string {
  return description.toLowerCase().replace(/\s+/g, ' ').replace(/[.!?\s]+$/, '').trim();
}

function groupsOf(groups: readonly string[][], byId: ReadonlyMap<string, RankedExample>): RankedExample[][] {
  return groups.map((ids) => ids.map((id) => byId.get(id)!));
}

/** Keeps the best-ranked member of each group; the rest are dropped with `code`. */
function keepBest(pool: readonly RankedExample[], groups: readonly RankedExample[][], code: DedupCode, dropped: DroppedExample[]): RankedExample[] {
  const losers = new Set<string>();
  for (const members of groups) {
    const winner = best(members);
    for (const member of members) {
      if (member === winner) continue;
      losers.add(member.example.exampleId);
      dropped.push({ exampleId: member.example.exampleId, source: member.source.name, code, keptExampleId: winner.example.exampleId });
    }
  }
  return pool.filter((r) => !losers.has(r.example.exampleId));
}

export function sameDescriptionGroups(pool: readonly RankedExample[]): string[][] {
  const byDescription = new Map<string, string[]>();
  for (const r of pool) {
    const key = descriptionKey(r.example.description ?? '');
    byDescription.set(key, [...(byDescription.get(key) ?? []), r.example.exampleId]);
  }
  return [...byDescription.values()].filter((ids) => ids.length > 1).map((ids) => ids.sort());
}

/**
 * Exact duplicates (same normalized code) first, then near-duplicates among what is left, each group
 * keeping its best-ranked example; then the description policy. Every drop names what it was kept for.
 */
export function deduplicate(examples: readonly RankedExample[], policy: DedupPolicy): DedupResult {
  const dropped: DroppedExample[] = [];
  let pool = examples.filter((r) => {
    if (r.example.description !== null) return true;
    dropped.push({ exampleId: r.example.exampleId, source: r.source.name, code: 'PENDING_DESCRIPTION', keptExampleId: null });
    return false;
  });
  const byId = new Map(pool.map((r) => [r.example.exampleId, r]));
  const items = () => pool.map((r) => ({ id: r.example.exampleId, text: r.example.normalizedCode }));

  pool = keepBest(pool, groupsOf(exactDuplicateGroups(items()), byId), 'DUPLICATE_CODE', dropped);
  pool = keepBest(pool, groupsOf(nearDuplicateGroups(items(), { threshold: policy.nearDuplicateThreshold }), byId), 'NEAR_DUPLICATE_CODE', dropped);
  let described = sameDescriptionGroups(pool);
  if (policy.sameDescription === 'keep-highest-priority') {
    pool = keepBest(pool, groupsOf(described, byId), 'SAME_DESCRIPTION', dropped);
    described = [];
  }
  dropped.sort((a, b) => (a.exampleId < b.exampleId ? -1 : a.exampleId > b.exampleId ? 1 : 0));
  return { kept: pool, dropped, sameDescriptionGroups: described };
}
