import { describe, expect, it } from 'vitest';
import type { RenderOutcome } from './render';
import { renderCardSection, renderReport } from './report';

const outcomes: RenderOutcome[] = [
  { exampleId: 'a:1', key: 'k1', status: 'rendered', fromCache: true },
  { exampleId: 'a:2', key: 'k2', status: 'rendered', fromCache: false },
  { exampleId: 'b:1', key: 'k3', status: 'rejected', code: 'RENDER_SCENE_ERROR', scene: 'Broken', error: "NameError: name 'x' is not defined", fromCache: false },
  { exampleId: 'b:2', key: 'k4', status: 'skipped', code: 'LATEX_MISSING', error: '`latex` is not installed' },
];

describe('render report', () => {
  it('counts rendered, rejected by code and skipped by code, and lists each failure with its last line', () => {
    const report = renderReport(outcomes, { manim: '0.22.0', pythonVersion: '3.11.2' });
    expect(report).toMatchObject({ mode: 'render', manim: '0.22.0', scenes: 4, rendered: 2, rejected: 1, skipped: 1 });
    expect(report.rejectedByCode).toEqual({ RENDER_SCENE_ERROR: 1 });
    expect(report.skippedByCode).toEqual({ LATEX_MISSING: 1 });
    expect(report.failures).toEqual([{ exampleId: 'b:1', code: 'RENDER_SCENE_ERROR', scene: 'Broken', error: "NameError: name 'x' is not defined" }]);
  });

  it('gives the card a section of its own with rendered, dry-run and skipped counts', () => {
    const card = renderCardSection(renderReport(outcomes, { manim: '0.22.0', pythonVersion: '3.11.2' }));
    expect(card).toContain('## Render validation');
    expect(card).toContain('| 4 | 2 | 1 | 0 | 1 |');
    expect(card).toContain('Rejected: RENDER_SCENE_ERROR ×1.');
    expect(card).toContain('Skipped (this machine, not the scene): LATEX_MISSING ×1.');
  });

  it('says when there was no environment to render with', () => {
    const skipped: RenderOutcome[] = [{ exampleId: 'a:1', key: '', status: 'skipped', code: 'RENDER_NOT_SET_UP', error: 'run setup' }];
    const card = renderCardSection(renderReport(skipped, null));
    expect(card).toContain('no render environment');
    expect(card).toContain('| 1 | 0 | 0 | 0 | 1 |');
  });
});
