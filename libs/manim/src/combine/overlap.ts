import { exactDuplicateGroups, nearDuplicateGroups } from '@dataset/dedup';
import { descriptionKey } from './dedup';
import type { RankedExample } from './rank';

/** How many duplicate groups two sources share (a source paired with itself: duplicates within it). */
export interface SourceOverlap {
  a: string;
  b: string;
  /** Groups of identical normalized code with members from both. */
  exact: number;
  /** Groups of near-identical code (exact ones included) with members from both. */
  near: number;
  /** Of `near`, the groups whose members all have different descriptions: variants, not duplicates. */
  variants: number;
}

function spanning(groups: readonly string[][], sourceOf: ReadonlyMap<string, string>, a: string, b: string): number {
  return groups.filter((ids) => {
    const sources = ids.map((id) => sourceOf.get(id));
    return a === b ? sources.filter((s) => s === a).length >= 2 : sources.includes(a) && sources.includes(b);
  }).length;
}

/** Overlap of every pair of sources (in config order), for a set of examples. */
export function overlapReport(examples: readonly RankedExample[], sources: readonly string[], threshold: number): SourceOverlap[] {
  const items = examples.map((r) => ({ id: r.example.exampleId, text: r.example.normalizedCode }));
  const sourceOf = new Map(examples.map((r) => [r.example.exampleId, r.source.name]));
  const taskOf = new Map(examples.map((r) => [r.example.exampleId, descriptionKey(r.example.description ?? '')]));
  const exact = exactDuplicateGroups(items);
  const near = nearDuplicateGroups(items, { threshold });
  const variants = near.filter((ids) => new Set(ids.map((id) => taskOf.get(id))).size === ids.length);
  const pairs: SourceOverlap[] = [];
  sources.forEach((a, i) => {
    for (const b of sources.slice(i)) {
      pairs.push({ a, b, exact: spanning(exact, sourceOf, a, b), near: spanning(near, sourceOf, a, b), variants: spanning(variants, sourceOf, a, b) });
    }
  });
  return pairs;
}
