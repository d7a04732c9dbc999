import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempWorkspace, runNx, snapshotContents, snapshotMtimes, type NxRun, type TempWorkspace } from '@dataset/harness';

const STAGES = ['raw', 'sanitized', 'rendered', 'prompts', 'dedup', 'splits', 'checks', 'release', 'upload'] as const;

function statuses(run: NxRun): Record<string, string | undefined> {
  return Object.fromEntries(STAGES.map((s) => [s, run.tasks.get(s)]));
}

function expectOk(run: NxRun): void {
  if (run.status !== 0) throw new Error(`nx failed (${run.status}):\n${run.output.slice(-4000)}`);
}

/** The design card: a change rebuilds exactly what is downstream of it, nothing else. */
describe('the asset graph in a fresh workspace', () => {
  let ws: TempWorkspace;
  const upload = () => runNx(ws.root, ['run', 'dataset:upload']);
  const file = (p: string) => join(ws.root, p);
  const edit = (p: string, change: (text: string) => string) => {
    const before = readFileSync(file(p), 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(file(p), after);
  };

  const demoRows = () => JSON.parse(readFileSync(file('data/db/rows.json'), 'utf8')) as { id: string; code: string | null }[];
  const templateOfDbId = (dbId: string) =>
    (JSON.parse(readFileSync(file('data/canonical.json'), 'utf8')) as { id: string; source: { dbId?: string } }[]).find((t) => t.source.dbId === dbId)?.id ?? '';
  /** templateId → prompt variants that made it into the staged release. */
  const keptExamples = () => {
    const kept = new Map<string, Set<string>>();
    for (const split of ['train', 'validation', 'test']) {
      for (const line of readFileSync(file(`dist/assets/release/${split}.meta.jsonl`), 'utf8').trim().split('\n')) {
        const meta = JSON.parse(line) as { templateId: string; promptVariant: string };
        kept.set(meta.templateId, (kept.get(meta.templateId) ?? new Set()).add(meta.promptVariant));
      }
    }
    return kept;
  };

  beforeAll(() => {
    // The demo corpus with rendering on: every kept scene must render in Chromium.
    ws = createTempWorkspace('dataset-e2e-', { render: true });
  });
  afterAll(() => ws?.remove());

  it('builds every asset and publishes release v1 from the embedded database', () => {
    const run = upload();
    expectOk(run);
    expect(statuses(run)).toEqual({ raw: 'ran', sanitized: 'ran', rendered: 'ran', prompts: 'ran', dedup: 'ran', splits: 'ran', checks: 'ran', release: 'ran', upload: 'ran' });
    const stats = JSON.parse(readFileSync(file('releases/v1/stats.json'), 'utf8'));
    expect(stats.tag).toBe('v1');
    expect(stats.totals.train.examples).toBeGreaterThan(0);
    expect(stats.totals.validation.templates).toBeGreaterThanOrEqual(1);
    expect(stats.totals.test.templates).toBeGreaterThanOrEqual(1);
    expect(stats.missingTemplates.length).toBeGreaterThanOrEqual(1);
    expect(stats.sanitizerFailures.length).toBeGreaterThanOrEqual(1);
    // Every quality gate passes on the demo corpus; the release carries the card, the report and the findings.
    const checks = JSON.parse(readFileSync(file('releases/v1/checks.json'), 'utf8'));
    expect(checks.passed).toBe(true);
    expect(checks.counts.error).toBe(0);
    expect(readFileSync(file('releases/v1/README.md'), 'utf8')).toMatch(/^---\n[\s\S]*task_categories:/);
    expect(readFileSync(file('releases/v1/report.html'), 'utf8')).toContain('<svg');
    // Every kept demo scene rendered: no render rejections, and the report's thumbnails ship with it.
    expect(stats.renderFailures).toEqual([]);
    expect(readFileSync(file('releases/v1/report.html'), 'utf8')).toMatch(/thumbnails\/[^"]+\.png/);
    for (const split of ['train', 'validation', 'test']) {
      const lines = readFileSync(file(`releases/v1/${split}.jsonl`), 'utf8').trim().split('\n');
      const meta = readFileSync(file(`releases/v1/${split}.meta.jsonl`), 'utf8').trim().split('\n');
      expect(meta.length).toBe(lines.length);
      for (const line of lines) expect(Object.keys(JSON.parse(line))).toEqual(['messages']);
    }
  });

  it('reruns nothing when nothing changed: every asset is a cache hit, upload writes nothing', () => {
    const releaseBefore = snapshotMtimes(file('releases'));
    const assetsBefore = snapshotContents(file('dist/assets'));
    const again = upload();
    expectOk(again);
    // `upload` only publishes (never cached): it finds the identical release and writes nothing.
    expect(statuses(again)).toEqual({ raw: 'cache', sanitized: 'cache', rendered: 'cache', prompts: 'cache', dedup: 'cache', splits: 'cache', checks: 'cache', release: 'cache', upload: 'ran' });
    expect(again.output).toContain('identical to release v1');
    expect(snapshotMtimes(file('releases'))).toEqual(releaseBefore);
    // Without its daemon Nx restores cached outputs by copying them: same bytes, new mtimes.
    expect(snapshotContents(file('dist/assets'))).toEqual(assetsBefore);
  });

  it('publishes the release again when its folder was deleted, though every asset is cached', () => {
    rmSync(file('releases'), { recursive: true, force: true });
    const run = upload();
    expectOk(run);
    expect(run.tasks.get('release')).toBe('cache');
    expect(run.output).toContain('wrote release v1');
    expect(existsSync(file('releases/v1/stats.json'))).toBe(true);
  });

  it('reruns raw, sanitized, dedup, splits, checks and upload when one template row changes; prompts stay cached', () => {
    const kept = keptExamples();
    const row = demoRows().find((r) => r.code && kept.has(templateOfDbId(r.id)))!;
    edit(`data/db/${row.code}`, (code) => code.replace(/#[0-9a-fA-F]{6}\b/, '#123456'));
    const run = upload();
    expectOk(run);
    expect(statuses(run)).toEqual({ raw: 'ran', sanitized: 'ran', rendered: 'ran', prompts: 'cache', dedup: 'ran', splits: 'ran', checks: 'ran', release: 'ran', upload: 'ran' });
    expect(existsSync(file('releases/v1-1/stats.json'))).toBe(true);
  });

  it('reruns prompts, splits, checks and upload when metadata changes; raw, sanitized and dedup stay cached', () => {
    // A template whose examples use the synthesized base brief, so its description is in the dataset.
    const templateId = [...keptExamples().entries()].find(([, variants]) => variants.has('base'))![0];
    edit('data/canonical.json', (text) => {
      const metadata = JSON.parse(text) as { id: string; descriptions: string[] }[];
      const entry = metadata.find((t) => t.id === templateId)!;
      entry.descriptions[0] = `${entry.descriptions[0]} Now with a brighter finish.`;
      return JSON.stringify(metadata, null, 2) + '\n';
    });
    const run = upload();
    expectOk(run);
    expect(statuses(run)).toEqual({ raw: 'cache', sanitized: 'cache', rendered: 'cache', prompts: 'ran', dedup: 'cache', splits: 'ran', checks: 'ran', release: 'ran', upload: 'ran' });
    expect(readFileSync(file('dist/assets/release/train.jsonl'), 'utf8') + readFileSync(file('dist/assets/release/test.jsonl'), 'utf8') + readFileSync(file('dist/assets/release/validation.jsonl'), 'utf8')).toContain('Now with a brighter finish.');
  });

  it('reruns prompts, splits, checks and upload when the prompt logic changes; raw, sanitized and dedup stay cached', () => {
    edit('libs/prompts/src/brief.ts', (code) => code.replace('in a ${format} scene', 'as a ${format} scene'));
    const run = upload();
    expectOk(run);
    expect(statuses(run)).toEqual({ raw: 'cache', sanitized: 'cache', rendered: 'cache', prompts: 'ran', dedup: 'cache', splits: 'ran', checks: 'ran', release: 'ran', upload: 'ran' });
    const train = readFileSync(join(ws.root, 'dist/assets/release/train.jsonl'), 'utf8');
    expect(train).toContain(' as a landscape scene');
  });

  it('preview prints examples as the release would hold them, with the findings, and writes nothing', () => {
    const before = snapshotMtimes(file('releases'));
    const run = runNx(ws.root, ['run', 'dataset:preview']);
    expectOk(run);
    expect(run.output).toContain('[assistant]');
    expect(run.output).toMatch(/examples would be released; \d+ dropped by the checks/);
    expect(run.output).toContain('nothing written');
    expect(snapshotMtimes(file('releases'))).toEqual(before);
  });

  it('reruns a stage when its library starts importing a new file, and when that file changes; no list edited', () => {
    writeFileSync(file('libs/sanitize/src/house-style.ts'), "export const HOUSE_STYLE = 'pinned';\n");
    edit('libs/sanitize/src/sanitizer.ts', (code) => `import { HOUSE_STYLE } from './house-style';\nvoid HOUSE_STYLE;\n${code}`);
    const imported = upload();
    expectOk(imported);
    expect(statuses(imported)).toMatchObject({ raw: 'cache', prompts: 'cache', sanitized: 'ran' });
    edit('libs/sanitize/src/house-style.ts', (code) => code.replace('pinned', 'changed'));
    const changed = upload();
    expectOk(changed);
    expect(statuses(changed)).toMatchObject({ raw: 'cache', prompts: 'cache', sanitized: 'ran' });
  });

  it('redacts a personal e-mail address by default, releases the placeholder and lists it in the card', () => {
    const kept = keptExamples();
    const row = demoRows().find((r) => r.code && kept.has(templateOfDbId(r.id)))!;
    const templateId = templateOfDbId(row.id);
    edit(`data/db/${row.code}`, (code) => code.replace(/'([A-Z][^']{3,})'/, "'Write to jane.doe@acme-corp.io'"));
    const run = upload();
    expectOk(run);
    const released = [...snapshotMtimes(file('dist/assets/release')).keys()].map((f) => readFileSync(file(`dist/assets/release/${f}`)).toString('latin1')).join('\n');
    expect(released).not.toContain('jane.doe@acme-corp.io');
    expect(released).toContain('Write to user@example.com');
    expect(readFileSync(file('dist/assets/release/README.md'), 'utf8')).toMatch(new RegExp(`\\| ${templateId} \\| e-mail address in code of template ${templateId}`));
  });

  it('refuses to publish when a gate finds an error, naming the rule and the template, never the value', () => {
    const releases = readdirSync(file('releases')).sort();
    const kept = keptExamples();
    const row = demoRows().find((r) => r.code && kept.has(templateOfDbId(r.id)))!;
    const templateId = templateOfDbId(row.id);
    // Built from parts so this file holds no scannable key.
    const key = ['AKIA', '2QX7R4NB6WZT3PLM'].join('');
    edit(`data/db/${row.code}`, (code) => code.replace(/'([A-Z][^']{3,})'/, `'${key}'`));
    const run = upload();
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(new RegExp(`ERROR SECRET_CREDENTIAL: .*${templateId}`));
    expect(run.output).not.toContain(key);
    expect(run.output).toContain('nothing published');
    expect(readdirSync(file('releases')).sort()).toEqual(releases);
  });
});
