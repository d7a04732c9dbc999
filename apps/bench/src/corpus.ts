import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { InputError } from '@dataset/domain';
import { parseCuratedPrompts } from '@dataset/prompts';
import { loadSeedIntoSchema, parseCanonicalMetadata, readEmbeddedSeed } from '@dataset/sources';
import { growModule, productionModuleBytes, uuidFrom, varyCode, varyTemplate } from './synthesize';

/** `demo`: variants of the demo scenes as they are; `production`: grown to production's module sizes. */
export type CorpusProfile = 'demo' | 'production';
export const CORPUS_PROFILES: readonly CorpusProfile[] = ['demo', 'production'];

/** Writes a synthetic corpus of `count` templates derived from the demo corpus; returns its config path. */
export async function generateCorpus(count: number, outDir: string, profile: CorpusProfile = 'demo', demoDir = resolve('data')): Promise<string> {
  const metadata = parseCanonicalMetadata(readFileSync(join(demoDir, 'canonical.json'), 'utf8'), join(demoDir, 'canonical.json'));
  const seed = readEmbeddedSeed(join(demoDir, 'db'));
  const codeByDbId = new Map(seed.rows.filter((r) => r.tsxCode).map((r) => [r.id, r.tsxCode!]));
  const bases = metadata.filter((t) => t.source.type === 'db' && codeByDbId.has(t.source.dbId));
  if (bases.length === 0) throw new InputError(demoDir, null, null, 'the demo corpus has no DB templates with code');
  const curatedFile = join(demoDir, 'prompts/curated.jsonl');
  const curated = parseCuratedPrompts(readFileSync(curatedFile, 'utf8'), curatedFile);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'db/rows'), { recursive: true });
  mkdirSync(join(outDir, 'prompts'), { recursive: true });
  copyFileSync(join(demoDir, 'db/schema.sql'), join(outDir, 'db/schema.sql'));

  const templates = [];
  const rows = [];
  const curatedLines: string[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const dbId = uuidFrom(`bench:${i}`);
    const template = varyTemplate(base, i, dbId);
    const varied = varyCode(codeByDbId.get((base.source as { dbId: string }).dbId)!, i, { base: base.duration, variant: template.duration });
    const code = profile === 'production' ? growModule(varied, i, productionModuleBytes(i)) : varied;
    sizes.push(Buffer.byteLength(code));
    writeFileSync(join(outDir, 'db/rows', `${template.id}.tsx`), code);
    templates.push(template);
    rows.push({ id: dbId, name: template.name, code: `rows/${template.id}.tsx`, updatedAt: new Date(Date.UTC(2025, 8, 1) + i * 1000).toISOString() });
    for (const prompt of curated.filter((c) => c.templateId === base.id)) {
      curatedLines.push(JSON.stringify({ prompt: `${prompt.text} (${i})`, expected_template_id: template.id }));
    }
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  writeFileSync(join(outDir, 'canonical.json'), JSON.stringify(templates, null, 1) + '\n');
  writeFileSync(join(outDir, 'db/rows.json'), JSON.stringify(rows, null, 1) + '\n');
  writeFileSync(join(outDir, 'prompts/curated.jsonl'), curatedLines.join('\n') + '\n');

  const schema = process.env['DATABASE_URL'] ? `bench_${profile}_${count}` : undefined;
  if (schema) await loadIntoServer(process.env['DATABASE_URL']!, schema, outDir);
  const config = {
    metadata: 'canonical.json',
    curatedPrompts: ['prompts/curated.jsonl'],
    embeddedDatabase: 'db',
    ...(schema ? { schema } : {}),
    systemPrompt: "You are Bazaar's Remotion code generator. Respond with one complete TSX scene module only.",
    seed: 119,
    tag: 'bench',
    releaseDir: 'releases',
    // Rendering is Chromium-bound (≈1.6 s a scene) and partitioned per scene; the benchmark measures the
    // code pipeline the issue's targets are about, and says so in its results.
    render: false,
  };
  const configPath = join(outDir, 'dataset.config.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2) + '\n');
  const stats = moduleSizeStats(sizes);
  writeFileSync(join(outDir, 'module-sizes.json'), JSON.stringify(stats, null, 2) + '\n');
  console.log(
    `bench corpus (${profile}): ${count} templates, ${(stats.totalBytes / 1e6).toFixed(1)} MB of TSX, modules ${stats.meanBytes} B mean, ` +
      `${stats.medianBytes} B median, ${stats.maxBytes} B largest → ${outDir}${schema ? ` (loaded into schema ${schema})` : ''}`,
  );
  return configPath;
}

export interface ModuleSizeStats {
  totalBytes: number;
  meanBytes: number;
  medianBytes: number;
  maxBytes: number;
}

export function moduleSizeStats(sizes: readonly number[]): ModuleSizeStats {
  const sorted = [...sizes].sort((a, b) => a - b);
  const total = sorted.reduce((sum, n) => sum + n, 0);
  return { totalBytes: total, meanBytes: Math.round(total / sorted.length), medianBytes: sorted[Math.floor(sorted.length / 2)]!, maxBytes: sorted.at(-1)! };
}

export function corpusDir(profile: CorpusProfile, count: number): string {
  return resolve(`bench/work/corpus-${profile}-${count}`);
}

async function loadIntoServer(url: string, schema: string, dir: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await loadSeedIntoSchema(client, schema, readEmbeddedSeed(join(dir, 'db')));
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, profile: { type: 'string', default: 'demo' }, out: { type: 'string' } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
  const profile = values.profile as CorpusProfile;
  if (!CORPUS_PROFILES.includes(profile)) throw new Error(`--profile must be one of ${CORPUS_PROFILES.join(', ')}, got ${values.profile}`);
  await generateCorpus(count, values.out ? resolve(values.out) : corpusDir(profile, count), profile);
}
