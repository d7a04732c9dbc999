import { SPLIT_NAMES } from '@dataset/domain';
import type { DedupCode } from '../codes';
import type { CombineReport, SourceReport } from './combine';

/** Combine's drops that mean "another example says the same thing", as opposed to "cannot be trained on". */
const DUPLICATE_DROPS: readonly DedupCode[] = ['DUPLICATE_CODE', 'NEAR_DUPLICATE_CODE', 'SAME_DESCRIPTION'];

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((n, count) => n + count, 0);

const byCode = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');

/** `3 (NO_SCENE_CLASS 1, SYNTAX_ERROR 2)`, or `0`. */
const counted = (counts: Record<string, number>) => (sum(counts) === 0 ? '0' : `${sum(counts)} (${byCode(counts)})`);

/** One table row: the path of one source's examples from its file to the dataset. */
function sourceRow(source: SourceReport): string {
  const isDuplicate = ([code]: [string, number]) => DUPLICATE_DROPS.includes(code as DedupCode);
  const duplicateDrops = Object.fromEntries(Object.entries(source.droppedByCombine).filter(isDuplicate));
  const otherDrops = Object.fromEntries(Object.entries(source.droppedByCombine).filter((entry) => !isDuplicate(entry)));
  const cells = [
    `\`${source.name}\``,
    source.read,
    source.inDataset,
    source.repaired,
    counted(source.rejected),
    counted(duplicateDrops),
    counted(otherDrops),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The dataset card combine writes beside the splits (README.md): what each source contributed and what
 * became of the rest, from the report alone, so the card and report.json never disagree.
 */
export function datasetCard(report: CombineReport): string {
  const splits = SPLIT_NAMES.map((split) => `${split} ${report.splits[split].examples}`).join(', ');
  return [
    '# Manim scenes: combined dataset',
    '',
    `${report.dedup.kept} examples (${splits}) from ${report.sources.length} sources; seed ${report.seed}.`,
    `Near-duplicate code (estimated Jaccard ≥ ${report.nearDuplicateThreshold}): policy \`${report.nearDuplicates}\`, ${report.dedup.variantGroups} groups of differently described variants kept together in one split.`,
    `Identical descriptions with different code: policy \`${report.sameDescription}\`.`,
    '',
    '## Sources',
    '',
    'Read: records in the source. Kept: examples in this dataset. Repaired: cleaned examples that needed at least one fix (fence, prose, flattened code, assets, ...).',
    'Rejected by cleaning, by code; dropped by combine as duplicates of a better-ranked example, or for another reason.',
    '',
    '| Source | Read | Kept | Repaired | Rejected (by code) | Dropped as duplicates | Dropped otherwise |',
    '| --- | ---: | ---: | ---: | --- | --- | --- |',
    ...report.sources.map(sourceRow),
    '',
  ].join('\n');
}
