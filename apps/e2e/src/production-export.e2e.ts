import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedIntoSchema, readEmbeddedSeed } from '@dataset/sources';
import { createTempWorkspace, runNx, type NxRun, type TempWorkspace } from '@dataset/harness';

/**
 * A production export the pipeline has never seen (apps/e2e/fixtures/production-export): its rows in a real
 * PostgreSQL schema, its metadata and curated prompt files as the production repo keeps them, pointed at with
 * DATASET_CONFIG. What must happen to each template is written down in the fixture's expected.json.
 */

const serverUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const FIXTURE = 'apps/e2e/fixtures/production-export';

// A cold build of this corpus takes about 30 s here; leave room for a machine ten times slower.
process.env['DATASET_NX_TIMEOUT_MS'] ??= String(20 * 60_000);
const ONE_BUILD_MS = 30 * 60_000;
const TWO_BUILDS_MS = 2 * ONE_BUILD_MS;

interface Redaction {
  rule: string;
  level: string;
  planted: string;
  replacement: string;
}
interface TemplateExpectation {
  set: string;
  outcome: 'kept' | 'kept-redacted' | 'missing' | 'rejected' | 'refuses-release';
  shapes: string[];
  redactions?: Redaction[];
  releasedCodeContains?: string[];
  releasedCodeOmits?: string[];
  missingReason?: string;
  rejectionCode?: string;
  rule?: string;
  /** Values planted in the template's code. */
  planted?: string[];
  /** Values planted in its briefs: metadata description and user phrases, curated prompts, prompt overrides. */
  plantedInBriefs?: string[];
}
interface Expected {
  tag: string;
  templates: Record<string, TemplateExpectation>;
  sets: Record<string, string[]>;
  ignoredFields: { file: string; field: string; count: number }[];
  /** Values planted in briefs a set routes to a template the metadata lacks: dropped, never released. */
  droppedBriefs: Record<string, string[]>;
}
interface Finding {
  rule: string;
  level: 'error' | 'warning' | 'info';
  templateId?: string;
  exampleRef?: { templateId: string };
  message: string;
  waiver?: string;
}
interface ChecksFile {
  passed: boolean;
  counts: Record<string, number>;
  findings: Finding[];
}

/** One prepared export: a copy of the fixture (plus must-trip sets) in the workspace, its rows in a schema of its own. */
interface PreparedExport {
  dir: string;
  configPath: string;
  releaseDir: string;
  schema: string;
}

/** A published release folder, read the way a person checking it before a fine-tune would. */
interface Release {
  dir: string;
  files: Map<string, string>;
  /** Every file's bytes as written, binary ones (thumbnails) included. */
  bytes: Map<string, Buffer>;
  stats: Record<string, unknown>;
  checks: ChecksFile;
  card: string;
  report: string;
  /** templateId → the assistant content (the scene module) its examples carry. */
  code: Map<string, string>;
  /** templateId → the split its examples are in. */
  split: Map<string, string>;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function readRelease(dir: string): Release {
  const bytes = new Map(filesUnder(dir).map((path) => [relative(dir, path), readFileSync(path)]));
  const files = new Map([...bytes].map(([file, content]) => [file, content.toString('utf8')]));
  const code = new Map<string, string>();
  const split = new Map<string, string>();
  for (const name of ['train', 'validation', 'test']) {
    const lines = (files.get(`${name}.jsonl`) ?? '').split('\n').filter(Boolean);
    const meta = (files.get(`${name}.meta.jsonl`) ?? '').split('\n').filter(Boolean);
    expect(meta.length, `${name}.meta.jsonl is line-aligned with ${name}.jsonl`).toBe(lines.length);
    lines.forEach((line, index) => {
      const { templateId } = JSON.parse(meta[index]!) as { templateId: string };
      const { messages } = JSON.parse(line) as { messages: { role: string; content: string }[] };
      code.set(templateId, messages.find((m) => m.role === 'assistant')!.content);
      split.set(templateId, name);
    });
  }
  return {
    dir,
    files,
    bytes,
    stats: JSON.parse(files.get('stats.json')!) as Record<string, unknown>,
    checks: JSON.parse(files.get('checks.json')!) as ChecksFile,
    card: files.get('README.md')!,
    report: files.get('report.html')!,
    code,
    split,
  };
}

function templateOf(finding: Finding): string | undefined {
  return finding.templateId ?? finding.exampleRef?.templateId;
}

/** Every object anywhere in `value` that names a template and a code: how stats.json lists rejected templates. */
function rejectionsIn(value: unknown): { templateId: string; code: string }[] {
  if (Array.isArray(value)) return value.flatMap(rejectionsIn);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record['templateId'] === 'string' && typeof record['code'] === 'string' ? [{ templateId: record['templateId'], code: record['code'] }] : [];
  return [...own, ...Object.values(record).flatMap(rejectionsIn)];
}

/** Every `{ field, count }` anywhere in `value`: how stats.json counts the fields outside files carried. */
function fieldCountsIn(value: unknown): { field: string; count: number; source?: unknown }[] {
  if (Array.isArray(value)) return value.flatMap(fieldCountsIn);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record['field'] === 'string' && typeof record['count'] === 'number' ? [{ field: record['field'], count: record['count'], source: record['source'] }] : [];
  return [...own, ...Object.values(record).flatMap(fieldCountsIn)];
}

/** Every 12-character piece of each value: a redaction that covers only part of a key still leaks it. */
function piecesOf(values: readonly string[]): string[] {
  return values.flatMap((value) => Array.from({ length: Math.max(1, value.length - 11) }, (_, i) => value.slice(i, i + 12)));
}

/** The files under `dir` whose bytes hold any of the pieces, with the pieces each holds. */
function leaksUnder(dir: string, pieces: readonly string[]): Record<string, string[]> {
  if (!existsSync(dir)) return {};
  const needles = pieces.map((piece) => [piece, Buffer.from(piece)] as const);
  const leaks: Record<string, string[]> = {};
  for (const path of filesUnder(dir)) {
    const content = readFileSync(path);
    const found = needles.filter(([, needle]) => content.includes(needle)).map(([piece]) => piece);
    if (found.length > 0) leaks[relative(dir, path)] = found;
  }
  return leaks;
}

function expectOk(run: NxRun): void {
  if (run.status !== 0) throw new Error(`nx failed (${run.status}):\n${run.output.slice(-6000)}`);
}

describe('a production export the pipeline has never seen, read from PostgreSQL', () => {
  let ws: TempWorkspace;
  let client: pg.Client;
  let expected: Expected;
  const schemas: string[] = [];
  const schemaBase = `e2e_prod_${process.pid}_${Date.now()}`;

  const fixture = (...path: string[]) => join(ws.root, FIXTURE, ...path);
  const upload = (prepared: PreparedExport) => runNx(ws.root, ['run', 'dataset:upload'], { DATABASE_URL: serverUrl, DATASET_CONFIG: prepared.configPath });
  const ordinary = () => Object.entries(expected.templates).filter(([, t]) => t.set === 'ordinary');
  const kept = () => ordinary().filter(([, t]) => t.outcome === 'kept' || t.outcome === 'kept-redacted');
  const plantedPersonalData = () => ordinary().flatMap(([, t]) => (t.redactions ?? []).map((r) => r.planted));
  /** Every value a set plants: in code, in briefs, and in a dropped brief. */
  const plantedIn = (set: string) => [
    ...Object.values(expected.templates)
      .filter((t) => t.set === set)
      .flatMap((t) => [...(t.planted ?? []), ...(t.plantedInBriefs ?? [])]),
    ...(expected.droppedBriefs[set] ?? []),
  ];
  /**
   * Where a build leaves what it read: the materialized assets, the Nx cache (which a remote cache shares) and
   * the per-item records of the stages.
   */
  const buildStateLeaks = (pieces: string[]) =>
    Object.fromEntries(['dist/assets', '.nx', '.cache/partitions'].flatMap((dir) => Object.entries(leaksUnder(join(ws.root, dir), pieces)).map(([file, found]) => [join(dir, file), found])));

  /**
   * Copies the export to scratch/<name>/ (as a user's checkout of the production repo would sit beside the
   * workspace), merges the named must-trip sets into it, loads its rows into a schema of their own and writes
   * its config: the fixture's, with that schema, a release folder per case and the given `checks`.
   */
  async function prepareExport(name: string, options: { sets?: string[]; checks?: Record<string, unknown> } = {}): Promise<PreparedExport> {
    const dir = join(ws.root, 'scratch', name);
    cpSync(fixture(), dir, { recursive: true, filter: (source) => !relative(fixture(), source).startsWith('must-trip') });
    for (const set of options.sets ?? []) {
      const from = fixture('must-trip', set);
      const merged = <T>(file: string): T[] => [...readJson<T[]>(join(dir, file)), ...readJson<T[]>(join(from, file))];
      writeFileSync(join(dir, 'canonical.json'), JSON.stringify(merged('canonical.json'), null, 2));
      writeFileSync(join(dir, 'db/rows.json'), JSON.stringify(merged('db/rows.json'), null, 2));
      if (existsSync(join(from, 'db/rows'))) cpSync(join(from, 'db/rows'), join(dir, 'db/rows'), { recursive: true });
      if (existsSync(join(from, 'generate.mjs'))) execFileSync(process.execPath, [join(from, 'generate.mjs'), dir]);
    }
    const schema = `${schemaBase}_${name.replaceAll('-', '_')}`;
    schemas.push(schema);
    await loadSeedIntoSchema(client, schema, readEmbeddedSeed(join(dir, 'db')));
    const config = readJson<Record<string, unknown>>(fixture('dataset.config.json'));
    // The default case uses the fixture's own release folder; every other case writes beside it.
    const releaseDir = name === 'defaults' ? String(config['releaseDir']) : `../../releases-${name}`;
    const written = { ...config, schema, releaseDir, ...(options.checks ? { checks: options.checks } : {}) };
    const configPath = join(dir, 'dataset.config.json');
    writeFileSync(configPath, JSON.stringify(written, null, 2) + '\n');
    return { dir, configPath, releaseDir: join(dir, releaseDir), schema };
  }

  /** The export of the default case, built once: most assertions read its first release. */
  let defaultsBuilt: { prepared: PreparedExport; first: NxRun } | undefined;
  async function defaultRelease(): Promise<{ prepared: PreparedExport; first: NxRun; release: Release }> {
    if (!defaultsBuilt) {
      const prepared = await prepareExport('defaults');
      const first = upload(prepared);
      defaultsBuilt = { prepared, first };
    }
    const { prepared, first } = defaultsBuilt;
    expectOk(first);
    return { prepared, first, release: readRelease(join(prepared.releaseDir, expected.tag)) };
  }

  beforeAll(async () => {
    ws = createTempWorkspace('dataset-e2e-prod-');
    expected = readJson<Expected>(fixture('expected.json'));
    client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
  });

  afterAll(async () => {
    for (const schema of schemas) await client?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client?.end();
    ws?.remove();
  });

  it(
    'publishes a release on the first run with the default config',
    async () => {
      const { first, release } = await defaultRelease();
      expect(first.output).toContain(`wrote release ${expected.tag}`);
      expect(release.checks.passed).toBe(true);
      expect(release.checks.counts['error']).toBe(0);
      for (const file of ['train.jsonl', 'validation.jsonl', 'test.jsonl', 'stats.json', 'checks.json', 'README.md', 'report.html']) {
        expect([...release.files.keys()]).toContain(file);
      }
    },
    ONE_BUILD_MS,
  );

  it(
    'releases every ordinary template with no finding above info, except the redactions expected.json states',
    async () => {
      const { release } = await defaultRelease();
      const stated = new Set(ordinary().flatMap(([id, t]) => (t.redactions ?? []).map((r) => `${r.rule}:${id}`)));
      for (const [id] of kept()) {
        expect(release.code.has(id), `${id} is released`).toBe(true);
        const findings = release.checks.findings.filter((f) => templateOf(f) === id && f.level !== 'info' && !stated.has(`${f.rule}:${id}`));
        expect(findings, `findings about ${id}`).toEqual([]);
      }
      expect(release.checks.findings.filter((f) => f.level === 'error')).toEqual([]);
      // Nothing is redacted but what is stated, and nothing is dropped.
      const redacting = release.checks.findings.filter((f) => /^(PII_|SECRET_)/.test(f.rule)).map((f) => `${f.rule}:${templateOf(f)}`);
      expect(new Set(redacting)).toEqual(stated);
      expect(release.stats['droppedByChecks']).toEqual([]);
      // The template the metadata names but the table lacks is listed, not fatal.
      const missing = release.stats['missingTemplates'] as { templateId: string; reason: string }[];
      for (const [id, t] of ordinary().filter(([, t]) => t.outcome === 'missing')) {
        expect(missing).toContainEqual(expect.objectContaining({ templateId: id, reason: t.missingReason }));
      }
      // A curated line routed to a retired template is dropped and listed in the card, not fatal.
      expect(release.files.get('README.md')).toContain('| unknown-template | 1 | summer-sale-countdown-2023 |');
    },
    ONE_BUILD_MS,
  );

  it(
    'releases the real-world shapes as written: path data, numeric strings, multi-declarations, prose in JSX and templates, long tables',
    async () => {
      const { release } = await defaultRelease();
      for (const [id, t] of kept()) {
        for (const text of t.releasedCodeContains ?? []) expect(release.code.get(id), `${id} keeps ${text}`).toContain(text);
        for (const text of t.releasedCodeOmits ?? []) expect(release.code.get(id), `${id} has no ${text}`).not.toContain(text);
      }
    },
    ONE_BUILD_MS,
  );

  it(
    'redacts the mockup e-mail and the contact-card phone to reserved placeholders and lists both in checks.json, stats.json, the card and the report',
    async () => {
      const { release } = await defaultRelease();
      for (const [id, t] of ordinary()) {
        for (const redaction of t.redactions ?? []) {
          expect(release.code.get(id), `${id} code`).toContain(redaction.replacement);
          expect(release.code.get(id), `${id} code`).not.toContain(redaction.planted);
          expect(release.checks.findings).toContainEqual(expect.objectContaining({ rule: redaction.rule, level: redaction.level, templateId: id }));
          expect(JSON.stringify(release.stats), `stats.json lists ${id} as redacted`).toContain(id);
          expect(release.card).toContain(id);
          expect(release.report).toContain(redaction.rule);
          expect(release.report).toContain(id);
        }
      }
      // No planted value anywhere in the released files: not in the code, the meta, the card, the report.
      for (const [file, text] of release.files) {
        for (const value of plantedPersonalData()) expect(text.includes(value), `${value} in ${file}`).toBe(false);
      }
    },
    ONE_BUILD_MS,
  );

  it(
    'counts the extra fields of the metadata, the curated prompt files and the prompt overrides instead of failing',
    async () => {
      const { release } = await defaultRelease();
      const counted = fieldCountsIn(release.stats);
      for (const { file, field, count } of expected.ignoredFields) {
        const entry = counted.find((c) => c.field === field && (typeof c.source !== 'string' || c.source.includes(file)));
        expect(entry, `stats.json counts ${field} of ${file}`).toBeDefined();
        expect(entry!.count, `${field} of ${file}`).toBe(count);
        expect(release.card, `the card lists ${field}`).toContain(field);
      }
    },
    ONE_BUILD_MS,
  );

  it(
    'says the release is identical on a second run and writes nothing',
    async () => {
      const { prepared, first } = await defaultRelease();
      const before = readdirSync(prepared.releaseDir).sort();
      const again = upload(prepared);
      expectOk(again);
      expect(again.output).toContain(`identical to release ${expected.tag}`);
      // The work of the first build is said once, by that build; the replayed logs describe the assets only.
      expect(first.output).toMatch(/build: sanitized ran — \d+ rebuilt, \d+ reused/);
      expect(again.output).toContain('build: sanitized from cache');
      expect(again.output).not.toMatch(/\d+ rebuilt/);
      expect(readdirSync(prepared.releaseDir).sort()).toEqual(before);
    },
    ONE_BUILD_MS,
  );

  it(
    'rejects the oversized and the NUL-byte template with their codes and releases everything else as before',
    async () => {
      const { release: baseline } = await defaultRelease();
      const set = 'oversized-and-nul';
      const prepared = await prepareExport(set, { sets: [set] });
      const run = upload(prepared);
      expectOk(run);
      const release = readRelease(join(prepared.releaseDir, expected.tag));
      const rejections = rejectionsIn(release.stats);
      for (const id of expected.sets[`must-trip/${set}`]!) {
        const t = expected.templates[id]!;
        expect(rejections, `stats.json lists ${id}`).toContainEqual({ templateId: id, code: t.rejectionCode });
        expect(release.code.has(id)).toBe(false);
        expect(release.card).toContain(id);
        expect(release.report).toContain(id);
        expect(release.report).toContain(t.rejectionCode);
      }
      // The rest of the build is unaffected: the same templates, with the same code, in the same splits.
      expect(new Map([...release.code].sort())).toEqual(new Map([...baseline.code].sort()));
      expect(new Map([...release.split].sort())).toEqual(new Map([...baseline.split].sort()));
      for (const [file, text] of release.files) {
        expect(text.includes('\u0000'), `NUL byte in ${file}`).toBe(false);
        expect(text.includes('salesByStore'), `oversized code in ${file}`).toBe(false);
      }
      expect(Math.max(...[...release.files.keys()].map((file) => statSync(join(release.dir, file)).size))).toBeLessThan(1_000_000);
    },
    ONE_BUILD_MS,
  );

  it(
    'refuses the release when credentials are present, naming the rule and each template, never printing a value',
    async () => {
      const set = 'credentials';
      const prepared = await prepareExport(set, { sets: [set] });
      const run = upload(prepared);
      expect(run.status).not.toBe(0);
      for (const id of expected.sets[`must-trip/${set}`]!) {
        expect(run.output).toMatch(new RegExp(`ERROR ${expected.templates[id]!.rule}: .*${id}`));
      }
      expect(run.output).toContain('nothing published');
      // checks.secrets.scanEarly (default): the build stops where the values enter it, before any asset holds them.
      expect(run.output).toMatch(/(raw|prompts): \d+ secret\(s\) in \d+ template\(s\) refused/);
      expect(run.output).toMatch(/ERROR SECRET_CREDENTIAL: credential .* in prompt \S+ of template (s3-upload-progress|deploy-status-board|billing-webhook-console)/);
      for (const value of plantedIn(`must-trip/${set}`)) expect(run.output.includes(value), `${value} printed`).toBe(false);
      expect(existsSync(prepared.releaseDir)).toBe(false);
      expect(buildStateLeaks(piecesOf(plantedIn(`must-trip/${set}`))), 'planted values in dist/assets or .nx').toEqual({});
    },
    ONE_BUILD_MS,
  );

  it(
    'redacts credentials completely under "secrets": { "policy": "redact" }: no planted value, nor any piece of one, in the release',
    async () => {
      const set = 'credentials';
      const prepared = await prepareExport('credentials-redacted', { sets: [set], checks: { secrets: { policy: 'redact' } } });
      const run = upload(prepared);
      expectOk(run);
      const release = readRelease(join(prepared.releaseDir, expected.tag));
      for (const id of expected.sets[`must-trip/${set}`]!) expect(release.code.has(id), `${id} is released`).toBe(true);
      // Briefs were redacted too, and every redaction is listed: in code and in prompts, for each template.
      for (const id of expected.sets[`must-trip/${set}`]!) {
        const listed = (release.stats['redacted'] as { templateId: string; field: string }[]).filter((r) => r.templateId === id);
        expect(new Set(listed.map((r) => r.field)), `stats.json lists ${id}'s redacted code and briefs`).toEqual(new Set(['code', 'prompt']));
      }
      expect(release.checks.findings.filter((f) => f.rule === 'SECRET_CREDENTIAL' && / in prompt /.test(f.message)).length).toBeGreaterThan(0);
      expect(release.report).toContain('[REDACTED_CREDENTIAL]');
      // No planted value, nor any 12-character piece of one, in any byte of any released file (text or binary).
      const pieces = piecesOf(plantedIn(`must-trip/${set}`));
      expect(leaksUnder(release.dir, pieces), 'pieces of planted values in the release').toEqual({});
      for (const value of plantedIn(`must-trip/${set}`)) expect(run.output.includes(value)).toBe(false);
      // checks.secrets.scanEarly (default): `raw` and `prompts` wrote redacted texts, so no asset after them and no
      // cache entry holds a value either.
      expect(leaksUnder(join(ws.root, 'dist/assets/raw'), pieces), 'pieces in dist/assets/raw').toEqual({});
      expect(leaksUnder(join(ws.root, 'dist/assets/prompts'), pieces), 'pieces in dist/assets/prompts').toEqual({});
      expect(buildStateLeaks(pieces), 'pieces in dist/assets, .nx or .cache/partitions').toEqual({});
    },
    ONE_BUILD_MS,
  );

  it(
    'with "scanEarly": false still releases no planted value, but raw\'s and prompts\' assets hold them (what scanEarly prevents)',
    async () => {
      const set = 'credentials';
      const prepared = await prepareExport('credentials-scanned-late', { sets: [set], checks: { secrets: { policy: 'redact', scanEarly: false } } });
      expectOk(upload(prepared));
      const release = readRelease(join(prepared.releaseDir, expected.tag));
      for (const id of expected.sets[`must-trip/${set}`]!) expect(release.code.has(id), `${id} is released`).toBe(true);
      const pieces = piecesOf(plantedIn(`must-trip/${set}`));
      // `checks` redacts what the release writes: code and briefs alike, and the report is built from them.
      expect(leaksUnder(release.dir, pieces), 'pieces of planted values in the release').toEqual({});
      // The same search finds every value where the build read it: it would catch a leak in the test above.
      const heldBy = (asset: string) => {
        const text = filesUnder(join(ws.root, 'dist/assets', asset)).map((path) => readFileSync(path, 'utf8')).join('\n');
        return plantedIn(`must-trip/${set}`).filter((value) => text.includes(value));
      };
      const inCode = Object.values(expected.templates).filter((t) => t.set === `must-trip/${set}`).flatMap((t) => t.planted ?? []);
      const inBriefs = Object.values(expected.templates).filter((t) => t.set === `must-trip/${set}`).flatMap((t) => t.plantedInBriefs ?? []);
      expect(heldBy('raw')).toEqual(expect.arrayContaining(inCode));
      expect(heldBy('prompts')).toEqual(expect.arrayContaining([...inBriefs, ...expected.droppedBriefs[`must-trip/${set}`]!]));
    },
    ONE_BUILD_MS,
  );

  it(
    'refuses a markdown heading left in a string by default, and releases it as a warning with "PAYLOAD_PROSE": "warn"',
    async () => {
      const set = 'markdown';
      const [id] = expected.sets[`must-trip/${set}`]!;
      const refused = await prepareExport(set, { sets: [set] });
      const run = upload(refused);
      expect(run.status).not.toBe(0);
      expect(run.output).toMatch(new RegExp(`ERROR PAYLOAD_PROSE: .*${id}`));
      expect(existsSync(refused.releaseDir)).toBe(false);

      const warned = await prepareExport('markdown-warn', { sets: [set], checks: { rules: { PAYLOAD_PROSE: 'warn' } } });
      expectOk(upload(warned));
      const release = readRelease(join(warned.releaseDir, expected.tag));
      expect(release.code.has(id!)).toBe(true);
      const prose = release.checks.findings.filter((f) => f.rule === 'PAYLOAD_PROSE');
      expect(prose.length).toBeGreaterThan(0);
      for (const finding of prose) {
        expect(templateOf(finding)).toBe(id);
        expect(finding.level).toBe('warning');
      }
    },
    TWO_BUILDS_MS,
  );

  it(
    'keeps a waived e-mail as written and reports its finding as info with the reason; the phone is still redacted',
    async () => {
      const [loginId, login] = ordinary().find(([, t]) => t.redactions?.some((r) => r.rule === 'PII_EMAIL'))!;
      const [contactId, contact] = ordinary().find(([, t]) => t.redactions?.some((r) => r.rule === 'PII_PHONE'))!;
      const reason = 'fictional mockup';
      const prepared = await prepareExport('waiver', { checks: { waivers: [{ rule: 'PII_EMAIL', templateId: loginId, reason }] } });
      expectOk(upload(prepared));
      const release = readRelease(join(prepared.releaseDir, expected.tag));
      expect(release.code.get(loginId)).toContain(login.redactions![0]!.planted);
      expect(release.code.get(contactId)).toContain(contact.redactions![0]!.replacement);
      expect(release.code.get(contactId)).not.toContain(contact.redactions![0]!.planted);
      const waived = release.checks.findings.filter((f) => f.rule === 'PII_EMAIL' && templateOf(f) === loginId);
      expect(waived.length).toBeGreaterThan(0);
      for (const finding of waived) {
        expect(finding.level).toBe('info');
        expect(JSON.stringify(finding)).toContain(reason);
      }
    },
    ONE_BUILD_MS,
  );

  it(
    'names an unknown rule code in checks.rules as a config error and publishes nothing',
    async () => {
      const prepared = await prepareExport('unknown-rule', { checks: { rules: { PAYLOAD_PROZE: 'warn' } } });
      const run = upload(prepared);
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('PAYLOAD_PROZE');
      expect(run.output).toMatch(/checks\.rules/);
      expect(existsSync(prepared.releaseDir)).toBe(false);
    },
    ONE_BUILD_MS,
  );
});
