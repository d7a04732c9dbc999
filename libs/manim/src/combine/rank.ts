import type { SourceSpec } from '../config';
import type { CleanedExample } from '../model';

/** A cleaned example with the standing of the source it came from. */
export interface RankedExample {
  example: CleanedExample;
  source: Pick<SourceSpec, 'name' | 'priority' | 'precleaned'>;
  /** Position of the source in the config: the last tie-breaker a person controls. */
  sourceOrder: number;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which example survives when several say the same thing: a pre-cleaned dataset always (nothing may
 * duplicate it), then higher priority, then earlier in the config, then the smaller id.
 */
export function compareRank(a: RankedExample, b: RankedExample): number {
  if (a.source.precleaned !== b.source.precleaned) return a.source.precleaned ? -1 : 1;
  if (a.source.priority !== b.source.priority) return b.source.priority - a.source.priority;
  if (a.sourceOrder !== b.sourceOrder) return a.sourceOrder - b.sourceOrder;
  return byCodeUnits(a.example.exampleId, b.example.exampleId);
}

export function best(members: readonly RankedExample[]): RankedExample {
  return [...members].sort(compareRank)[0]!;
}
