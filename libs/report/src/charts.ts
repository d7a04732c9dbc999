/** Small static SVG charts: no script, no external font or style, readable without the page's CSS. */

export interface Bar {
  label: string;
  count: number;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const ROW = 18;
const LABEL_WIDTH = 210;
const BAR_WIDTH = 360;

function clip(label: string, max = 32): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Horizontal bars, one per label; every bar carries its count in `data-count` for tests and tooling. */
export function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = Math.max(1, bars.length) * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  const rows = bars.map((bar, i) => {
    const y = 4 + i * ROW;
    const length = Math.round((bar.count / max) * BAR_WIDTH);
    return [
      `<g class="row"><title>${escapeXml(bar.label)}: ${bar.count}</title>`,
      `<text x="${LABEL_WIDTH - 6}" y="${y + 12}" text-anchor="end" class="label">${escapeXml(clip(bar.label))}</text>`,
      `<rect class="bar" data-label="${escapeXml(bar.label)}" data-count="${bar.count}" x="${LABEL_WIDTH}" y="${y + 2}" width="${Math.max(length, bar.count > 0 ? 1 : 0)}" height="${ROW - 5}"/>`,
      `<text x="${LABEL_WIDTH + length + 4}" y="${y + 12}" class="value">${bar.count}</text></g>`,
    ].join('');
  });
  const empty = bars.length === 0 ? `<text x="${LABEL_WIDTH}" y="16" class="empty">none</text>` : '';
  return `<svg id="${escapeXml(id)}" class="chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}${empty}</svg>`;
}

/**
 * Shared bin edges for several series, so histograms of different splits line up. Up to `maxBins`
 * bins of equal integer width covering [min, max].
 */
export function histogramBins(values: readonly number[], maxBins = 12): { from: number; to: number }[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = Math.max(1, Math.ceil((max - min + 1) / maxBins));
  const bins: { from: number; to: number }[] = [];
  for (let from = min; from <= max; from += width) bins.push({ from, to: Math.min(max, from + width - 1) });
  return bins;
}

export function histogram(values: readonly number[], bins: readonly { from: number; to: number }[]): Bar[] {
  return bins.map(({ from, to }) => ({
    label: from === to ? `${from}` : `${from}–${to}`,
    count: values.filter((v) => v >= from && v <= to).length,
  }));
}

/** Counts per key, largest first, ties by key: the order every "by reason" chart uses. */
export function tally(keys: readonly string[]): Bar[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
