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
  nearDuplicates: 'group' | 'keep-one';
}

export interface DedupResult {
  kept: RankedExample[];
  dropped: DroppedExample[];
  /** Kept examples sharing a description; under `same-split` each group lands in one split. */
  sameDescriptionGroups: string[][];
  /** Kept near-identical code under different descriptions (policy `group`); each group lands in one split. */
  variantGroups: string[][];
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

/**
 * Near-duplicate code is one task only when the descriptions agree: within a near-duplicate group, the
 * examples sharing a description keep their best-ranked one; differently described variants all stay,
 * linked so that they share a split. Groups left with one member link nothing.
 */
function keepVariants(pool: readonly RankedExample[], groups: readonly RankedExample[][], dropped: DroppedExample[]): { pool: RankedExample[]; variantGroups: string[][] } {
  const sameTask: RankedExample[][] = [];
  const survivors: RankedExample[][] = [];
  for (const members of groups) {
    const byDescription = new Map<string, RankedExample[]>();
    for (const member of members) {
      const key = descriptionKey(member.example.description ?? '');
      byDescription.set(key, [...(byDescription.get(key) ?? []), member]);
    }
    sameTask.push(...[...byDescription.values()].filter((task) => task.length > 1));
    survivors.push([...byDescription.values()].map(best));
  }
  const kept = keepBest(pool, sameTask, 'NEAR_DUPLICATE_CODE', dropped);
  const variantGroups = survivors.filter((group) => group.length > 1).map((group) => group.map((r) => r.example.exampleId).sort());
  return { pool: kept, variantGroups };
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
 * Exact duplicates (same normalized code) first, each group keeping its best-ranked example; then
 * near-duplicates among what is left (policy `group`: one per description, variants kept together;
 * `keep-one`: the best-ranked one); then the description policy. Every drop names what it was kept for.
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
  const near = groupsOf(nearDuplicateGroups(items(), { threshold: policy.nearDuplicateThreshold }), byId);
  let variantGroups: string[][] = [];
  if (policy.nearDuplicates === 'keep-one') pool = keepBest(pool, near, 'NEAR_DUPLICATE_CODE', dropped);
  else ({ pool, variantGroups } = keepVariants(pool, near, dropped));
  let described = sameDescriptionGroups(pool);
  if (policy.sameDescription === 'keep-highest-priority') {
    pool = keepBest(pool, groupsOf(described, byId), 'SAME_DESCRIPTION', dropped);
    described = [];
  }
  // A variant dropped for its description leaves its group; a group left with one member links nothing.
  const keptIds = new Set(pool.map((r) => r.example.exampleId));
  variantGroups = variantGroups.map((ids) => ids.filter((id) => keptIds.has(id))).filter((ids) => ids.length > 1);
  dropped.sort((a, b) => (a.exampleId < b.exampleId ? -1 : a.exampleId > b.exampleId ? 1 : 0));
  return { kept: pool, dropped, sameDescriptionGroups: described, variantGroups };
}
