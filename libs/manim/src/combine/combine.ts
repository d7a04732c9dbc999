import { SPLIT_NAMES, type ChatMessage, type IgnoredField, type SplitName } from '@dataset/domain';
import type { ManimConfig, SourceSpec } from '../config';
import type { CleanedExample, SourceSummary } from '../model';
import { chatMessages } from './chat';
import { deduplicate, type DroppedExample } from './dedup';
import { lengthStats, type LengthStats } from './lengths';
import { overlapReport, type SourceOverlap } from './overlap';
import type { RankedExample } from './rank';
import { assignSplits, splitGroups } from './split';

export { datasetCard } from './card';
export { staleSourceFiles } from './stale';

/** One cleaned source as combine receives it: the spec from config, its parquet rows and its summary. */
export interface SourceInput {
  spec: SourceSpec;
  examples: CleanedExample[];
  summary: SourceSummary;
}

export interface CombinedRow {
  example: CleanedExample;
  priority: number;
  split: SplitName;
  group: string;
}

export interface ChatMeta {
  exampleId: string;
  source: string;
  group: string;
  lines: number;
  tokens: number;
  codeSha256: string;
}

export interface SplitFiles {
  lines: { messages: ChatMessage[] }[];
  meta: ChatMeta[];
}

export interface SourceReport {
  name: string;
  kind: string;
  priority: number;
  precleaned: boolean;
  read: number;
  cleaned: number;
  /** Cleaned examples that carry at least one fix (kept because something was repaired). */
  repaired: number;
  rejected: Record<string, number>;
  fixes: Record<string, number>;
  /** Fields its records carried that cleaning did not read, counted. */
  ignoredFields: IgnoredField[];
  pendingDescription: number;
  droppedByCombine: Record<string, number>;
  inDataset: number;
}

export interface CombineReport {
  seed: number;
  nearDuplicateThreshold: number;
  nearDuplicates: string;
  sameDescription: string;
  curriculum: boolean;
  sources: SourceReport[];
  overlap: { before: SourceOverlap[]; after: SourceOverlap[] };
  dedup: { input: number; kept: number; dropped: Record<string, number>; sameDescriptionGroups: number; variantGroups: number };
  splits: Record<SplitName, { examples: number; groups: number; lines: LengthStats | null; tokens: LengthStats | null }>;
}

export interface CombinedDataset {
  rows: CombinedRow[];
  splits: Record<SplitName, SplitFiles>;
  dropped: DroppedExample[];
  report: CombineReport;
}

const tally = (codes: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const code of [...codes].sort()) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
};

/**
 * The whole combine asset as one pure function: cleaned sources in, the deduplicated, split dataset and
 * its report out. Same inputs, same bytes: every ordering below is by a hash or an id, never by chance.
 */
export function combineSources(inputs: readonly SourceInput[], config: Pick<ManimConfig, 'seed' | 'systemPrompt' | 'nearDuplicateThreshold' | 'nearDuplicates' | 'sameDescription' | 'curriculum'>): CombinedDataset {
  const ranked: RankedExample[] = inputs.flatMap((input, sourceOrder) =>
    input.examples.map((example) => ({ example, source: input.spec, sourceOrder })),
  );
  const sourceNames = inputs.map((i) => i.spec.name);
  const { kept, dropped, sameDescriptionGroups, variantGroups } = deduplicate(ranked, config);
  const plan = assignSplits(splitGroups(kept, [...sameDescriptionGroups, ...variantGroups]), config.seed);

  const order = (a: RankedExample, b: RankedExample) => {
    const [ra, rb] = [plan.rankOf.get(a.example.exampleId)!, plan.rankOf.get(b.example.exampleId)!];
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  };
  const splits = {} as Record<SplitName, SplitFiles>;
  const splitReport = {} as CombineReport['splits'];
  const rows: CombinedRow[] = [];
  for (const split of SPLIT_NAMES) {
    const members = kept.filter((r) => plan.splitOf.get(r.example.exampleId) === split).sort(order);
    // Curriculum: short scenes first, a cheap proxy for easy ones (ties keep the hash order).
    if (split === 'train' && config.curriculum) members.sort((a, b) => a.example.tokens - b.example.tokens);
    splits[split] = {
      lines: members.map((r) => ({ messages: chatMessages(r.example, config.systemPrompt) })),
      meta: members.map((r) => ({
        exampleId: r.example.exampleId,
        source: r.source.name,
        group: plan.groupOf.get(r.example.exampleId)!,
        lines: r.example.lines,
        tokens: r.example.tokens,
        codeSha256: r.example.codeSha256,
      })),
    };
    splitReport[split] = {
      examples: members.length,
      groups: new Set(members.map((r) => plan.groupOf.get(r.example.exampleId))).size,
      lines: lengthStats(members.map((r) => r.example.lines)),
      tokens: lengthStats(members.map((r) => r.example.tokens)),
    };
    for (const r of members) rows.push({ example: r.example, priority: r.source.priority, split, group: plan.groupOf.get(r.example.exampleId)! });
  }

  const sources: SourceReport[] = inputs.map((input) => ({
    name: input.spec.name,
    kind: input.spec.kind,
    priority: input.spec.priority,
    precleaned: input.spec.precleaned,
    read: input.summary.read,
    cleaned: input.summary.kept,
    repaired: input.examples.filter((example) => example.fixes.length > 0).length,
    rejected: input.summary.rejected,
    fixes: input.summary.fixes,
    ignoredFields: input.summary.ignoredFields,
    pendingDescription: input.summary.pendingDescription,
    droppedByCombine: tally(dropped.filter((d) => d.source === input.spec.name).map((d) => d.code)),
    inDataset: rows.filter((r) => r.example.source === input.spec.name).length,
  }));

  return {
    rows,
    splits,
    dropped,
    report: {
      seed: config.seed,
      nearDuplicateThreshold: config.nearDuplicateThreshold,
      nearDuplicates: config.nearDuplicates,
      sameDescription: config.sameDescription,
      curriculum: config.curriculum,
      sources,
      overlap: {
        before: overlapReport(ranked, sourceNames, config.nearDuplicateThreshold),
        after: overlapReport(kept, sourceNames, config.nearDuplicateThreshold),
      },
      dedup: { input: ranked.length, kept: kept.length, dropped: tally(dropped.map((d) => d.code)), sameDescriptionGroups: sameDescriptionGroups.length, variantGroups: variantGroups.length },
      splits: splitReport,
    },
  };
}
