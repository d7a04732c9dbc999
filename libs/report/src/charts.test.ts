import { describe, expect, it } from 'vitest';
import { barChart, histogram, histogramBins, tally } from './charts';

describe('charts', () => {
  it('bins values with shared integer edges covering min to max', () => {
    const bins = histogramBins([10, 12, 35, 40], 3);
    expect(bins).toEqual([
      { from: 10, to: 20 },
      { from: 21, to: 31 },
      { from: 32, to: 40 },
    ]);
    expect(histogram([10, 12, 35, 40], bins).map((b) => b.count)).toEqual([2, 0, 2]);
    expect(histogramBins([])).toEqual([]);
  });

  it('tallies largest first, ties by key', () => {
    expect(tally(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual([
      { label: 'b', count: 3 },
      { label: 'a', count: 2 },
      { label: 'c', count: 1 },
    ]);
  });

  it('escapes labels and carries counts on the bars', () => {
    const svg = barChart('x', 'title', [{ label: '<b>&"', count: 4 }]);
    expect(svg).toContain('data-label="&lt;b&gt;&amp;&quot;" data-count="4"');
    expect(svg).not.toContain('<b>');
  });
});
