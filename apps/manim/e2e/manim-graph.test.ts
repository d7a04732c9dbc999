import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExamplesParquet } from '@dataset/manim';
import { copyManimWorkspace, nxIn, ran, readJsonl, tasksOf } from './workspace';

let root: string;

const nx = (...args: string[]) => nxIn(root, {}, ...args);
const nxWith = (env: Record<string, string>, ...args: string[]) => nxIn(root, env, ...args);

function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

beforeAll(() => {
  root = copyManimWorkspace();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('nx run manim:combine, end to end', () => {
  let first: string;
  let outputs: Record<string, string>;

  it('builds every source and the combined dataset', () => {
    first = nx('run', 'manim:combine');
    expect(tasksOf(first)).toEqual({
      'manim:demo-parquet': false,
      'manim-source-curated-openai:clean': false,
      'manim-source-community-sharegpt:clean': false,
      'manim-source-hf-export:clean': false,
      'manim-source-scraped-flat:clean': false,
      'manim-source-example-repo:clean': false,
      'manim:combine': false,
    });
    const combined = join(root, 'dist/manim/combined');
    const report = JSON.parse(readFileSync(join(combined, 'report.json'), 'utf8'));
    const rejected = new Set(report.sources.flatMap((s: { rejected: object }) => Object.keys(s.rejected)));
    for (const code of ['RECORD_NOT_JSON', 'RECORD_SHAPE', 'SYNTAX_ERROR', 'REPAIR_AMBIGUOUS', 'MANIMGL_DIALECT', 'NO_SCENE_CLASS', 'NO_CONSTRUCT', 'INTER_SCENE_DEPENDENCY']) {
      expect(rejected).toContain(code);
    }
    const fixed = new Set(report.sources.flatMap((s: { fixes: object }) => Object.keys(s.fixes)));
    for (const code of ['FENCE_STRIPPED', 'PROSE_STRIPPED', 'FLATTENED_ESCAPES_REPAIRED', 'FLATTENED_INDENT_REPAIRED', 'FLATTENED_STRUCTURE_REPAIRED', 'MANIM_IMPORT_ADDED', 'DEFINITION_INLINED', 'ASSET_PLACEHOLDER_CHARACTER', 'ASSET_SOUND_REMOVED']) {
      expect(fixed).toContain(code);
    }
    expect(report.dedup.dropped).toMatchObject({ DUPLICATE_CODE: expect.any(Number), NEAR_DUPLICATE_CODE: expect.any(Number) });
    // Read tolerantly, reported: the export's extra column is counted in the clean log and in the report.
    expect(first).toMatch(/clean hf-export \(parquet\): .*; 1 unknown field ignored: url ×6/);
    const ignored = Object.fromEntries(report.sources.map((s: { name: string; ignoredFields: unknown[] }) => [s.name, s.ignoredFields]));
    expect(ignored).toEqual({
      'curated-openai': [],
      'community-sharegpt': [],
      'hf-export': [{ source: 'hf-export (hf-export.parquet)', field: 'url', count: 6 }],
      'scraped-flat': [],
      'example-repo': [],
    });
    const cross = (o: { a: string; b: string }) => o.a !== o.b;
    expect(report.overlap.before.filter(cross).some((o: { exact: number }) => o.exact > 0)).toBe(true);
    // Near-identical code left across sources is only ever differently described variants (kept on purpose).
    expect(report.overlap.after.filter(cross).every((o: { exact: number; near: number; variants: number }) => o.exact === 0 && o.near === o.variants)).toBe(true);
    // Nothing another source offered survives next to the pre-cleaned source's copy.
    const dropped = readJsonl(join(combined, 'dropped.jsonl'));
    expect(dropped.filter((d) => String(d['keptExampleId']).startsWith('curated-openai:')).length).toBeGreaterThan(0);
  });

  it('keeps differently described near-duplicate variants, in one split group', () => {
    const combined = join(root, 'dist/manim/combined');
    const meta = ['train', 'validation', 'test'].flatMap((split) => readJsonl(join(combined, `${split}.meta.jsonl`)).map((m): Record<string, unknown> => ({ ...m, split })));
    const prompts = ['train', 'validation', 'test'].flatMap((split) => readJsonl(join(combined, `${split}.jsonl`)).map((l) => (l['messages'] as { content: string }[])[1]!.content));
    const variants = prompts.flatMap((prompt, i) => (/^Rotate a blue square (45|30)° clockwise/.test(prompt) ? [meta[i]!] : []));
    expect(variants).toHaveLength(2);
    expect(new Set(variants.map((v) => `${v['split']}/${v['group']}`)).size).toBe(1);
    const report = JSON.parse(readFileSync(join(combined, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ nearDuplicates: 'group', dedup: { variantGroups: expect.any(Number) } });
    expect(report.dedup.variantGroups).toBeGreaterThanOrEqual(1);
  });

  it('writes a card stating, per source, read, kept, repaired, rejected by code and dropped as duplicates', () => {
    const combined = join(root, 'dist/manim/combined');
    const card = readFileSync(join(combined, 'README.md'), 'utf8');
    const report = JSON.parse(readFileSync(join(combined, 'report.json'), 'utf8'));
    expect(card).toMatch(/\| Source \| Read \| Kept \| Repaired \| Rejected \(by code\) \| Dropped as duplicates \| Dropped otherwise \|/);
    for (const source of report.sources as { name: string; read: number; inDataset: number; repaired: number; rejected: Record<string, number> }[]) {
      const row = card.split('\n').find((line) => line.startsWith(`| \`${source.name}\` |`));
      expect(row, source.name).toBeDefined();
      const [read, kept, repaired, rejected] = row!.split('|').slice(2, 6).map((cell) => cell.trim());
      expect([Number(read), Number(kept), Number(repaired)]).toEqual([source.read, source.inDataset, source.repaired]);
      for (const [code, n] of Object.entries(source.rejected)) expect(rejected).toContain(`${code} ${n}`);
    }
    expect(report.sources.some((s: { repaired: number }) => s.repaired > 0)).toBe(true);
  });

  it('repairs one-line code with a def nested in construct by keeping the def nested', () => {
    const combined = join(root, 'dist/manim/combined');
    const lines = ['train', 'validation', 'test'].flatMap((split) => readJsonl(join(combined, `${split}.jsonl`)).map((l) => l['messages'] as { content: string }[]));
    const lift = lines.find((m) => m[1]!.content.startsWith('Fade in three orange dots'));
    expect(lift).toBeDefined();
    expect(lift![2]!.content).toContain('    def construct(self):\n        dots = VGroup(');
    expect(lift![2]!.content).toContain('\n        def lift(group):\n            return group.animate.shift(UP * 1.5)\n        self.play(FadeIn(dots))\n        self.play(lift(dots))\n        self.wait()');
  });

  it('writes chat splits whose code is fenced exactly once, line-aligned with their meta and the parquet', async () => {
    const combined = join(root, 'dist/manim/combined');
    const { examples, extra } = await readExamplesParquet(join(combined, 'manim_combined.parquet'));
    let lines = 0;
    for (const split of ['train', 'validation', 'test']) {
      const chat = readJsonl(join(combined, `${split}.jsonl`));
      const meta = readJsonl(join(combined, `${split}.meta.jsonl`));
      expect(chat.length).toBe(meta.length);
      expect(chat.length).toBeGreaterThan(0);
      lines += chat.length;
      for (const line of chat) {
        const [system, user, assistant] = line['messages'] as { role: string; content: string }[];
        expect([system!.role, user!.role, assistant!.role]).toEqual(['system', 'user', 'assistant']);
        expect(assistant!.content.startsWith('```python\n') && assistant!.content.endsWith('\n```')).toBe(true);
        expect(assistant!.content.match(/```/g)).toHaveLength(2);
      }
      expect(extra.filter((e) => e['split'] === split)).toHaveLength(chat.length);
    }
    expect(examples).toHaveLength(lines);
    outputs = fingerprint(join(root, 'dist/manim'));
  });

  it('takes every task from the cache on a second run and rewrites no output', () => {
    const second = nx('run', 'manim:combine');
    expect(Object.values(tasksOf(second))).toHaveLength(7);
    expect(Object.values(tasksOf(second)).every(Boolean)).toBe(true);
    expect(second).toMatch(/7 out of 7 tasks/);
    expect(fingerprint(join(root, 'dist/manim'))).toEqual(outputs);
  });

  it('reruns only the changed source and combine when one source’s data changes', () => {
    appendFileSync(join(root, 'data/manim/scraped-flat.jsonl'), JSON.stringify({ instruction: 'Put a red dot in the middle.', output: 'from manim import *\n\nclass RedDot(Scene):\n    def construct(self):\n        self.add(Dot(color=RED))' }) + '\n');
    expect(ran(nx('run', 'manim:combine'))).toEqual(['manim-source-scraped-flat:clean', 'manim:combine']);
  });

  it('reruns only combine when a combine setting changes', () => {
    const path = join(root, 'data/manim/sources.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"seed": 5', '"seed": 6'));
    expect(ran(nx('run', 'manim:combine'))).toEqual(['manim:combine']);
  });

  it('reruns only the new source’s clean target and combine when a source is added', () => {
    writeFileSync(
      join(root, 'data/manim/added-flat.jsonl'),
      JSON.stringify({ instruction: 'Grow a blue square.', output: 'from manim import *\n\nclass GrowSquare(Scene):\n    def construct(self):\n        self.play(GrowFromCenter(Square(color=BLUE)))' }) + '\n',
    );
    const path = join(root, 'data/manim/sources.json');
    const config = JSON.parse(readFileSync(path, 'utf8')) as { sources: object[] };
    config.sources.push({ name: 'added-flat', kind: 'jsonl-flat', path: 'added-flat.jsonl', priority: 10 });
    writeFileSync(path, JSON.stringify(config, null, 2) + '\n');
    const output = nx('run', 'manim:combine');
    expect(Object.keys(tasksOf(output))).toHaveLength(8);
    expect(ran(output)).toEqual(['manim-source-added-flat:clean', 'manim:combine']);
    const report = JSON.parse(readFileSync(join(root, 'dist/manim/combined/report.json'), 'utf8'));
    expect(report.sources.find((s: { name: string }) => s.name === 'added-flat')).toMatchObject({ read: 1, cleaned: 1 });
  });

  it('removes the outputs of a source taken out of the config, and reruns only combine', () => {
    const sources = join(root, 'dist/manim/sources');
    expect(readdirSync(sources).filter((f) => f.startsWith('added-flat.')).length).toBeGreaterThan(0);
    const path = join(root, 'data/manim/sources.json');
    const config = JSON.parse(readFileSync(path, 'utf8')) as { sources: { name: string }[] };
    config.sources = config.sources.filter((s) => s.name !== 'added-flat');
    writeFileSync(path, JSON.stringify(config, null, 2) + '\n');
    const output = nx('run', 'manim:combine');
    expect(ran(output)).toEqual(['manim:combine']);
    expect(output).toMatch(/combine: removed 4 files of sources no longer configured: added-flat\.fixes\.jsonl/);
    expect(readdirSync(sources).filter((f) => f.startsWith('added-flat.'))).toEqual([]);
    expect(readdirSync(sources).filter((f) => f.startsWith('scraped-flat.')).length).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(join(root, 'dist/manim/combined/report.json'), 'utf8'));
    expect(report.sources.map((s: { name: string }) => s.name)).not.toContain('added-flat');
  });

  it('builds from the config MANIM_CONFIG names, its sources keyed by their entries, and reruns combine when it changes', () => {
    const config = JSON.parse(readFileSync(join(root, 'data/manim/sources.json'), 'utf8')) as { seed: number; sources: { name: string }[] };
    const other = join(root, 'data/manim/two-sources.json');
    const write = (seed: number) =>
      writeFileSync(other, JSON.stringify({ ...config, seed, sources: config.sources.filter((s) => ['scraped-flat', 'example-repo'].includes(s.name)) }, null, 2) + '\n');
    write(config.seed);
    const env = { MANIM_CONFIG: 'data/manim/two-sources.json' };
    const first = nxWith(env, 'run', 'manim:combine');
    expect(Object.keys(tasksOf(first)).sort()).toEqual(['manim-source-example-repo:clean', 'manim-source-scraped-flat:clean', 'manim:combine']);
    expect(ran(first)).toEqual(['manim:combine']);
    expect(first).toMatch(/combine: \d+ cleaned examples from 2 sources/);
    write(config.seed + 1);
    expect(ran(nxWith(env, 'run', 'manim:combine'))).toEqual(['manim:combine']);
  });

  it('skips the optional judge and render steps here, saying why', () => {
    expect(nx('run', 'manim:judge')).toMatch(/judge: skipped — MANIM_JUDGE_URL is not set/);
    expect(nx('run', 'manim:render')).toMatch(/render: skipped — no render environment at .*: run `npx nx run manim:setup-render`/);
  });
});
