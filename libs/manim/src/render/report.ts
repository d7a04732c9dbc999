import type { RenderCode, RenderSkipCode } from '../codes';
import type { RenderEnvironment, RenderOutcome } from './render';
import { RENDER_SIZE } from './render';

/**
 * What render validation found, as render/report.json holds it: a function of the scenes and the
 * environment only (how many verdicts came from the memo is the log's business, not the asset's).
 */
export interface RenderReport {
  /** `render`: each scene ran in Manim and its last frame was drawn (there is no dry-run mode). */
  mode: 'render';
  manim: string | null;
  python: string | null;
  frame: string;
  scenes: number;
  rendered: number;
  rejected: number;
  skipped: number;
  rejectedByCode: Partial<Record<RenderCode, number>>;
  skippedByCode: Partial<Record<RenderSkipCode, number>>;
  failures: { exampleId: string; code: RenderCode; scene?: string; error: string }[];
}

function countBy<K extends string>(codes: K[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const code of [...codes].sort()) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

export function renderReport(outcomes: readonly RenderOutcome[], environment: Pick<RenderEnvironment, 'manim' | 'pythonVersion'> | null): RenderReport {
  const rejected = outcomes.flatMap((o) => (o.status === 'rejected' ? [o] : []));
  const skipped = outcomes.flatMap((o) => (o.status === 'skipped' ? [o] : []));
  return {
    mode: 'render',
    manim: environment?.manim ?? null,
    python: environment?.pythonVersion ?? null,
    frame: `last frame at ${RENDER_SIZE.width}×${RENDER_SIZE.height}`,
    scenes: outcomes.length,
    rendered: outcomes.filter((o) => o.status === 'rendered').length,
    rejected: rejected.length,
    skipped: skipped.length,
    rejectedByCode: countBy(rejected.map((o) => o.code)),
    skippedByCode: countBy(skipped.map((o) => o.code)),
    failures: rejected.map((o) => ({ exampleId: o.exampleId, code: o.code, ...(o.scene ? { scene: o.scene } : {}), error: o.error })),
  };
}

const byCode = (counts: Partial<Record<string, number>>) =>
  Object.entries(counts)
    .map(([code, n]) => `${code} ×${n}`)
    .join(', ');

/** The card's render section: a section of its own, so the combined card's other sections stay apart. */
export function renderCardSection(report: RenderReport): string {
  const environment = report.manim ? `Manim ${report.manim} (Python ${report.python}), ${report.frame}` : 'no render environment';
  const lines = [
    '## Render validation',
    '',
    `Every kept scene is rendered for real — ${environment}; none is only dry-run.`,
    '',
    '| scenes | rendered | rejected | dry-run | skipped |',
    '|---:|---:|---:|---:|---:|',
    `| ${report.scenes} | ${report.rendered} | ${report.rejected} | 0 | ${report.skipped} |`,
  ];
  if (report.rejected > 0) lines.push('', `Rejected: ${byCode(report.rejectedByCode)}.`);
  if (report.skipped > 0) lines.push('', `Skipped (this machine, not the scene): ${byCode(report.skippedByCode)}.`);
  return lines.join('\n') + '\n';
}
