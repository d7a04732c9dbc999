import { SPLIT_NAMES } from '@dataset/domain';
import type { RemovedScene, ValidationReport } from './validated';

const byCode = (counts: Partial<Record<string, number>>) =>
  Object.entries(counts)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');

/** A card's headings one level down, so a whole card (its own `#` title) nests under this one's. */
const nested = (card: string) => card.replace(/^(#+) /gm, '#$1 ');

/** A table cell: one line, no column break. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replaceAll('|', '\\|');

/**
 * The published dataset's card (README.md beside its splits): what it holds, which scenes render
 * validation removed and why, which were kept without being rendered, then the render and combine cards
 * it was made from (the render card is a `##` section already; the combined card is nested under this title).
 */
export function validatedCard(report: ValidationReport, removed: readonly RemovedScene[], renderCard: string, combinedCard: string): string {
  const splits = SPLIT_NAMES.map((split) => `${split} ${report.splits[split].kept}`).join(', ');
  const lines = [
    '# Manim scenes: the dataset to train on',
    '',
    `${report.kept} examples (${splits}): the ${report.combined} combined examples less ${report.removed} whose render was rejected. ` +
      'Each split is the one combine assigned; removing a scene moved no other.',
    '',
    `Rendered in Manim: ${report.rendered}.`,
    `Not render-validated: ${report.notValidated}${report.notValidated > 0 ? ` (${byCode(report.notValidatedByCode)}) — kept because this machine could not render them, not because they rendered` : ''}.`,
    `Removed, render rejected: ${report.removed}${report.removed > 0 ? ` (${byCode(report.removedByCode)})` : ''}.`,
  ];
  if (removed.length > 0) {
    lines.push('', '| Example | Source | Split | Code | Error |', '| --- | --- | --- | --- | --- |');
    for (const r of removed) lines.push(`| \`${r.exampleId}\` | \`${r.source}\` | ${r.split} | ${r.code} | ${cell(r.scene ? `${r.scene}: ${r.error}` : r.error)} |`);
  }
  return [...lines, '', renderCard.trimEnd(), '', nested(combinedCard).trimEnd(), ''].join('\n');
}
