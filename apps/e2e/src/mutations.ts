import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';

/**
 * Single, random edits to what a person edits (data/) and to the pipeline's own code (libs/), for the
 * cache-correctness trials. A mutation is computed once from one workspace copy and then applied as the
 * same file edits to every copy, so copies that start equal stay equal.
 */

/** A file's new content, or `null` to delete it; paths are relative to the workspace root. */
export interface FileEdit {
  path: string;
  content: string | null;
}

export interface InputMutation {
  kind: MutationKind;
  description: string;
  edits: FileEdit[];
  /** Set for a deliberately invalid input: every pattern must appear in the failed run's output. */
  rejectedWith?: RegExp[];
}

/** A seeded source of choices: the same seed replays the same sequence of mutations. */
export class TrialRandom {
  private readonly draws: number[];
  private used = 0;

  constructor(readonly seed: number) {
    // noBias: fast-check favours small values by default, which would skew every pick towards index 0.
    this.draws = fc.sample(fc.noBias(fc.integer({ min: 0, max: 0x7fffffff })), { seed, numRuns: 20_000 });
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    if (bound < 1) throw new Error(`cannot draw from an empty range (${bound})`);
    const draw = this.draws[this.used++];
    if (draw === undefined) throw new Error('TrialRandom exhausted: raise its pool size');
    return draw % bound;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += '0123456789abcdef'[this.int(16)];
    return out;
  }

  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`;
  }

  phrase(): string {
    return this.shuffle(WORDS).slice(0, 2 + this.int(3)).join(' ');
  }
}

const WORDS = ['sunset', 'bold', 'minimal', 'retro', 'confetti', 'glassy', 'pastel', 'neon', 'calm', 'punchy', 'warm', 'crisp'];
const FORMATS = ['landscape', 'portrait', 'square'] as const;

const PATHS = {
  config: 'data/dataset.config.json',
  metadata: 'data/canonical.json',
  rows: 'data/db/rows.json',
  rowsDir: 'data/db',
  curated: 'data/prompts/curated.jsonl',
  overridesDir: 'data/overrides',
  promptOverrides: 'data/overrides.json',
  registryDir: 'data/registry',
};

interface Row {
  id: string;
  name: string;
  code: string | null;
  updatedAt: string;
}

interface Template {
  id: string;
  name: string;
  source: { type: 'db'; dbId: string } | { type: 'registry'; registryId: string };
  duration: number;
  supportedFormats: string[];
  descriptions?: string[];
  userPhrases?: string[];
  primaryUse?: string;
  complexity?: string;
  [list: string]: unknown;
}

type PromptOverrides = Record<string, { additionalPrompts?: string[] }>;

/** Read access to the copy a mutation is computed from. */
class Workspace {
  constructor(readonly root: string) {}
  read(path: string): string {
    return readFileSync(join(this.root, path), 'utf8');
  }
  exists(path: string): boolean {
    return existsSync(join(this.root, path));
  }
  list(dir: string, suffix: string): string[] {
    if (!this.exists(dir)) return [];
    return readdirSync(join(this.root, dir))
      .filter((f) => f.endsWith(suffix))
      .sort()
      .map((f) => `${dir}/${f}`);
  }
  json<T>(path: string): T {
    return JSON.parse(this.read(path)) as T;
  }
  rows(): Row[] {
    return this.json<Row[]>(PATHS.rows);
  }
  metadata(): Template[] {
    return this.json<Template[]>(PATHS.metadata);
  }
  curatedLines(): string[] {
    return this.read(PATHS.curated).split('\n').filter((line) => line.trim() !== '');
  }
  promptOverrides(): PromptOverrides {
    return this.exists(PATHS.promptOverrides) ? this.json<PromptOverrides>(PATHS.promptOverrides) : {};
  }
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const jsonl = (lines: string[]) => lines.map((l) => l + '\n').join('');

/** A curated line's template id and brief, in either of its two shapes. */
interface CuratedLine {
  prompt?: string;
  expected_template_id?: string;
  messages?: { role: string; content: string }[];
}
const curatedTarget = (line: CuratedLine) => line.expected_template_id ?? line.messages?.find((m) => m.role === 'assistant')?.content ?? '';
function retargetCurated(line: CuratedLine, templateId: string): CuratedLine {
  if (line.expected_template_id !== undefined) return { ...line, expected_template_id: templateId };
  return { ...line, messages: line.messages!.map((m) => (m.role === 'assistant' ? { ...m, content: templateId } : m)) };
}
function rewordCurated(line: CuratedLine, extra: string): CuratedLine {
  if (line.prompt !== undefined) return { ...line, prompt: `${line.prompt}, ${extra}` };
  return { ...line, messages: line.messages!.map((m) => (m.role === 'user' ? { ...m, content: `${m.content}, ${extra}` } : m)) };
}

/** One edit to a scene's TSX that keeps it a file of text (whether it still sanitizes is the pipeline's business). */
function editCode(code: string, random: TrialRandom): { code: string; what: string } {
  const edits: (() => { code: string; what: string } | null)[] = [
    () => {
      const colours = [...code.matchAll(/#[0-9a-fA-F]{6}\b/g)];
      if (!colours.length) return null;
      const match = random.pick(colours);
      const colour = `#${random.hex(6)}`;
      return { code: splice(code, match.index, match[0].length, colour), what: `colour ${match[0]} → ${colour}` };
    },
    () => {
      const numbers = [...code.matchAll(/(?<![#\w.])\d+(?![\w.])/g)];
      if (!numbers.length) return null;
      const match = random.pick(numbers);
      const value = String(1 + random.int(300));
      return { code: splice(code, match.index, match[0].length, value), what: `number ${match[0]} at offset ${match.index} → ${value}` };
    },
    () => {
      const strings = [...code.matchAll(/'([A-Z][^'\n\\]{2,})'/g)];
      if (!strings.length) return null;
      const match = random.pick(strings);
      const text = `'${match[1]} ${random.phrase()}'`;
      return { code: splice(code, match.index, match[0].length, text), what: `string ${match[0]} → ${text}` };
    },
    () => ({ code: `${code.trimEnd()}\n\n// revision ${random.hex(6)}\n`, what: 'trailing comment appended' }),
    () => ({ code: code.replace('\n', '\n\n\n'), what: 'blank lines inserted (formatting only)' }),
  ];
  for (const edit of random.shuffle(edits)) {
    const result = edit();
    if (result && result.code !== code) return result;
  }
  return { code: `${code}\n// edited\n`, what: 'trailing comment appended' };
}

function splice(text: string, at: number, length: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + length);
}

type Generator = (ws: Workspace, random: TrialRandom) => InputMutation | null;

const templateCode: Generator = (ws, random) => {
  const rows = ws.rows();
  const files = [...rows.flatMap((r) => (r.code ? [`${PATHS.rowsDir}/${r.code}`] : [])), ...ws.list(PATHS.registryDir, '.tsx')];
  if (random.int(5) === 0) {
    const row = random.pick(rows);
    const updatedAt = `2025-10-${String(1 + random.int(28)).padStart(2, '0')}T${String(random.int(24)).padStart(2, '0')}:00:00Z`;
    const next = rows.map((r) => (r === row ? { ...r, updatedAt } : r));
    return { kind: 'template-code', description: `row ${row.name}: updated_at → ${updatedAt}, code unchanged`, edits: [{ path: PATHS.rows, content: json(next) }] };
  }
  const file = random.pick([...new Set(files)]);
  const { code, what } = editCode(ws.read(file), random);
  return { kind: 'template-code', description: `${file}: ${what}`, edits: [{ path: file, content: code }] };
};

const rowRemoved: Generator = (ws, random) => {
  const rows = ws.rows();
  if (rows.length < 2) return null;
  const row = random.pick(rows);
  if (row.code && random.int(3) === 0) {
    const next = rows.map((r) => (r === row ? { ...r, code: null } : r));
    return { kind: 'row-removed', description: `row ${row.name}: tsx_code set to NULL`, edits: [{ path: PATHS.rows, content: json(next) }] };
  }
  const next = rows.filter((r) => r !== row);
  const edits: FileEdit[] = [{ path: PATHS.rows, content: json(next) }];
  if (row.code && !next.some((r) => r.code === row.code)) edits.push({ path: `${PATHS.rowsDir}/${row.code}`, content: null });
  return { kind: 'row-removed', description: `row ${row.name} (${row.id}) deleted`, edits };
};

const rowAdded: Generator = (ws, random) => {
  const rows = ws.rows();
  const metadata = ws.metadata();
  const donors = rows.filter((r) => r.code);
  if (!donors.length) return null;
  const donor = random.pick(donors);
  const { code } = editCode(ws.read(`${PATHS.rowsDir}/${donor.code}`), random);
  const updatedAt = `2025-11-${String(1 + random.int(28)).padStart(2, '0')}T08:00:00Z`;
  const freeFile = (base: string) => {
    for (let n = 0; ; n++) {
      const name = `rows/${base}${n ? `-${n}` : ''}.tsx`;
      if (!ws.exists(`${PATHS.rowsDir}/${name}`) && !rows.some((r) => r.code === name)) return name;
    }
  };
  const inDb = new Set(rows.map((r) => r.id.toLowerCase()));
  const absent = metadata.filter((t) => t.source.type === 'db' && !inDb.has(t.source.dbId.toLowerCase()));
  const variant = random.int(3);
  if (variant === 0 && absent.length) {
    const template = random.pick(absent);
    const dbId = (template.source as { dbId: string }).dbId;
    const file = freeFile(template.id);
    const next = [...rows, { id: dbId, name: template.name, code: file, updatedAt }];
    return {
      kind: 'row-added',
      description: `row for ${template.id} (named by metadata, absent from the DB) added with code from ${donor.name}`,
      edits: [{ path: PATHS.rows, content: json(next) }, { path: `${PATHS.rowsDir}/${file}`, content: code }],
    };
  }
  const id = random.uuid();
  const file = freeFile(`added-${id.slice(0, 8)}`);
  const next = [...rows, { id, name: `Added ${random.phrase()}`, code: file, updatedAt }];
  const edits: FileEdit[] = [{ path: PATHS.rows, content: json(next) }, { path: `${PATHS.rowsDir}/${file}`, content: code }];
  if (variant === 1) return { kind: 'row-added', description: `row ${id} added that no metadata names (code from ${donor.name})`, edits };
  const model = random.pick(metadata.filter((t) => t.source.type === 'db'));
  let templateId = `${model.id}-${random.hex(4)}`;
  while (metadata.some((t) => t.id === templateId)) templateId += 'x';
  const template: Template = { ...model, id: templateId, name: `${model.name} ${random.phrase()}`, source: { type: 'db', dbId: id } };
  edits.push({ path: PATHS.metadata, content: json([...metadata, template]) });
  return { kind: 'row-added', description: `new template ${templateId}: row ${id} + metadata entry modelled on ${model.id}`, edits };
};

const LIST_FIELDS = ['keywords', 'categories', 'styles', 'useCases', 'animations', 'elements', 'colors', 'similarTo'];

const metadataField: Generator = (ws, random) => {
  const metadata = ws.metadata();
  const index = random.int(metadata.length);
  const template = structuredClone(metadata[index]!);
  const changes: (() => string | null)[] = [
    () => {
      const descriptions = template.descriptions ?? [];
      const extra = `Finished with a ${random.phrase()} touch.`;
      template.descriptions = descriptions.length ? [`${descriptions[0]} ${extra}`, ...descriptions.slice(1)] : [extra];
      return `descriptions[0] += "${extra}"`;
    },
    () => {
      const phrases = template.userPhrases ?? [];
      if (phrases.length && random.int(2) === 0) {
        template.userPhrases = phrases.slice(1);
        return `userPhrases: dropped "${phrases[0]}"`;
      }
      const phrase = `${random.phrase()} video for the launch`;
      template.userPhrases = [phrase, ...phrases];
      return `userPhrases: added "${phrase}" first`;
    },
    () => {
      const duration = 30 * (1 + random.int(20)) + random.int(2) * 15;
      if (duration === template.duration) return null;
      const was = template.duration;
      template.duration = duration;
      return `duration ${was} → ${duration}`;
    },
    () => {
      const format = random.pick(FORMATS);
      const has = template.supportedFormats.includes(format);
      if (has && template.supportedFormats.length === 1) return null;
      template.supportedFormats = has ? template.supportedFormats.filter((f) => f !== format) : [...template.supportedFormats, format];
      return `supportedFormats ${has ? '-' : '+'}${format}`;
    },
    () => {
      const field = random.pick(LIST_FIELDS);
      const values = (template[field] as string[] | undefined) ?? [];
      if (values.length && random.int(2) === 0) {
        template[field] = values.slice(0, -1);
        return `${field}: dropped "${values.at(-1)}"`;
      }
      const value = random.phrase();
      template[field] = [...values, value];
      return `${field}: added "${value}"`;
    },
    () => {
      if (template.primaryUse && random.int(3) === 0) {
        delete template.primaryUse;
        return 'primaryUse removed';
      }
      template.primaryUse = `Present a ${random.phrase()} story`;
      return `primaryUse → "${template.primaryUse}"`;
    },
    () => {
      const complexity = random.pick(['simple', 'medium', 'complex'].filter((c) => c !== template.complexity));
      template.complexity = complexity;
      return `complexity → ${complexity}`;
    },
    () => {
      template.name = `${template.name} ${random.phrase()}`;
      return `name → "${template.name}"`;
    },
  ];
  for (const change of random.shuffle(changes)) {
    const what = change();
    if (!what) continue;
    const next = metadata.map((t, i) => (i === index ? template : t));
    return { kind: 'metadata-field', description: `${PATHS.metadata} ${template.id}: ${what}`, edits: [{ path: PATHS.metadata, content: json(next) }] };
  }
  return null;
};

const curatedPrompt: Generator = (ws, random) => {
  const lines = ws.curatedLines();
  const ids = ws.metadata().map((t) => t.id);
  const parsed = lines.map((l) => JSON.parse(l) as CuratedLine);
  const write = (next: string[], what: string): InputMutation => ({
    kind: 'curated-prompt',
    description: `${PATHS.curated}: ${what}`,
    edits: [{ path: PATHS.curated, content: jsonl(next) }],
  });
  const variant = lines.length ? random.int(6) : 2;
  const at = lines.length ? random.int(lines.length) : 0;
  switch (variant) {
    case 0: {
      const extra = `make it ${random.phrase()}`;
      return write(lines.map((l, i) => (i === at ? JSON.stringify(rewordCurated(parsed[i]!, extra)) : l)), `line ${at + 1} reworded (+"${extra}")`);
    }
    case 1:
      return write(lines.filter((_, i) => i !== at), `line ${at + 1} (${curatedTarget(parsed[at]!)}) deleted`);
    case 2: {
      const id = random.pick(ids);
      const tag = random.int(3) === 0 ? `format:${random.pick(FORMATS)} ` : '';
      const brief = `${tag}a ${random.phrase()} scene, please`;
      const line =
        random.int(2) === 0
          ? JSON.stringify({ prompt: brief, expected_template_id: id })
          : JSON.stringify({ messages: [{ role: 'user', content: brief }, { role: 'assistant', content: id }] });
      const next = [...lines];
      next.splice(random.int(lines.length + 1), 0, line);
      return write(next, `line added for ${id}: "${brief}"`);
    }
    case 3: {
      const id = random.pick(ids);
      return write(lines.map((l, i) => (i === at ? JSON.stringify(retargetCurated(parsed[i]!, id)) : l)), `line ${at + 1} retargeted ${curatedTarget(parsed[at]!)} → ${id}`);
    }
    case 4:
      return write([...lines, lines[at]!], `line ${at + 1} duplicated at the end`);
    default: {
      const other = random.int(lines.length);
      if (other === at || lines[other] === lines[at]) return null;
      const next = [...lines];
      [next[at], next[other]] = [next[other]!, next[at]!];
      return write(next, `lines ${at + 1} and ${other + 1} swapped`);
    }
  }
};

const overrideFile: Generator = (ws, random) => {
  const files = ws.list(PATHS.overridesDir, '.tsx');
  const variant = files.length ? random.int(3) : 2;
  if (variant === 0) {
    const file = random.pick(files);
    const { code, what } = editCode(ws.read(file), random);
    return { kind: 'override-file', description: `${file}: ${what}`, edits: [{ path: file, content: code }] };
  }
  if (variant === 1) {
    const file = random.pick(files);
    return { kind: 'override-file', description: `${file} deleted`, edits: [{ path: file, content: null }] };
  }
  const candidates = ws.metadata().filter((t) => t.source.type === 'db' && !ws.exists(`${PATHS.overridesDir}/${t.id}.tsx`));
  const donors = ws.rows().filter((r) => r.code);
  if (!candidates.length || !donors.length) return null;
  const template = random.pick(candidates);
  const donor = random.pick(donors);
  const { code } = editCode(ws.read(`${PATHS.rowsDir}/${donor.code}`), random);
  const path = `${PATHS.overridesDir}/${template.id}.tsx`;
  return { kind: 'override-file', description: `${path} added (code from ${donor.name})`, edits: [{ path, content: code }] };
};

const promptOverrides: Generator = (ws, random) => {
  const overrides = structuredClone(ws.promptOverrides());
  const ids = ws.metadata().map((t) => t.id);
  const withPrompts = Object.keys(overrides).filter((id) => (overrides[id]!.additionalPrompts ?? []).length);
  const variant = withPrompts.length ? random.int(4) : 0;
  let what: string;
  if (variant === 0) {
    const id = random.pick(ids);
    const prompt = `A ${random.phrase()} take on this, for our newsletter`;
    overrides[id] = { additionalPrompts: [...(overrides[id]?.additionalPrompts ?? []), prompt] };
    what = `${id}: added "${prompt}"`;
  } else {
    const id = random.pick(withPrompts);
    const prompts = overrides[id]!.additionalPrompts!;
    if (variant === 1) {
      const at = random.int(prompts.length);
      overrides[id] = { additionalPrompts: prompts.filter((_, i) => i !== at) };
      what = `${id}: removed prompt ${at + 1}`;
    } else if (variant === 2) {
      delete overrides[id];
      what = `${id}: entry removed`;
    } else {
      overrides[id] = { additionalPrompts: [...prompts, prompts[0]!] };
      what = `${id}: first prompt duplicated`;
    }
  }
  return { kind: 'prompt-overrides', description: `${PATHS.promptOverrides} ${what}`, edits: [{ path: PATHS.promptOverrides, content: json(overrides) }] };
};

const config: Generator = (ws, random) => {
  const current = ws.json<Record<string, unknown>>(PATHS.config);
  const next = { ...current };
  let what: string;
  const renderOn = current['render'] !== false && (current['render'] as { enabled?: boolean } | undefined)?.enabled !== false;
  switch (random.int(renderOn ? 6 : 5)) {
    case 0:
      next['seed'] = random.int(100_000);
      what = `seed ${current['seed']} → ${next['seed']}`;
      break;
    case 1:
      next['systemPrompt'] = `${current['systemPrompt']} Keep it ${random.phrase()}.`;
      what = 'systemPrompt extended';
      break;
    case 2: {
      const tag = random.pick(['v1', 'v2', 'rc-1', 'v1.1'].filter((t) => t !== current['tag']));
      next['tag'] = tag;
      what = `tag ${current['tag']} → ${tag}`;
      break;
    }
    case 3: {
      const curated = (current['curatedPrompts'] as string[] | undefined) ?? [];
      next['curatedPrompts'] = curated.length ? [] : ['prompts/curated.jsonl'];
      what = `curatedPrompts ${JSON.stringify(curated)} → ${JSON.stringify(next['curatedPrompts'])}`;
      break;
    }
    case 4: {
      const checks = (current['checks'] as { dedup?: Record<string, unknown> } | undefined) ?? {};
      const dedup = { ...(checks.dedup ?? {}) };
      if (random.int(2) === 0) {
        dedup['threshold'] = random.pick([0.5, 0.6, 0.7, 0.9, 0.95]);
        what = `checks.dedup.threshold → ${dedup['threshold']}`;
      } else {
        dedup['policy'] = dedup['policy'] === 'keep-one' ? 'keep-all' : 'keep-one';
        what = `checks.dedup.policy → ${dedup['policy']}`;
      }
      next['checks'] = { ...checks, dedup };
      break;
    }
    default: {
      const frames = random.shuffle(['first', 'middle', 'last']).slice(0, 1 + random.int(3));
      next['render'] = { ...((current['render'] as object | undefined) ?? {}), frames };
      what = `render.frames → ${JSON.stringify(frames)}`;
    }
  }
  return { kind: 'config', description: `${PATHS.config}: ${what}`, edits: [{ path: PATHS.config, content: json(next) }] };
};

/**
 * Code edits that change what the pipeline outputs, as toggles (each side replaces the other), so one can
 * be applied and later reverted. Entries whose text another engineer has since changed are skipped.
 */
const BEHAVIOUR_TOGGLES: { path: string; from: string; to: string }[] = [
  { path: 'libs/prompts/src/brief.ts', from: 'in a ${format} scene', to: 'as a ${format} scene' },
  { path: 'libs/prompts/src/brief.ts', from: 'list(template.colors, 4)', to: 'list(template.colors, 2)' },
  { path: 'libs/prompts/src/variants.ts', from: 'MAX_PHRASE_VARIANTS = 2', to: 'MAX_PHRASE_VARIANTS = 1' },
  { path: 'libs/domain/src/canonical.ts', from: '`≈ ${seconds} seconds (${frames} frames)`', to: '`about ${seconds} s (${frames} frames)`' },
  { path: 'libs/format/src/examples.ts', from: "{ role: 'system', content: systemPrompt }", to: "{ role: 'system', content: systemPrompt.trim() + ' Answer in TSX.' }" },
  { path: 'libs/split/src/assign.ts', from: 'Math.floor(groupCount / 10)', to: 'Math.floor(groupCount / 6)' },
  { path: 'libs/sanitize/src/formatting.ts', from: 'printWidth: 100', to: 'printWidth: 80' },
  // Changes the printed module of only the templates compiled to `React.createElement`: the others reuse the
  // formatted modules remembered from the build before.
  { path: 'libs/sanitize/src/transforms/jsx-from-create-element.ts', from: 'body.length === 0 ? `<${opening} />`', to: 'body.length === 0 ? `<${opening}></${name}>`' },
  { path: 'libs/sources/src/assemble.ts', from: "override !== undefined && override.trim() !== ''", to: 'override !== undefined && false' },
  // One per remaining asset, so every stage's code is a mutation target: checks, dedup, report, release, the CLI.
  { path: 'libs/checks/src/tokens.ts', from: 'Math.round((total / sorted.length) * 100) / 100', to: 'Math.round((total / sorted.length) * 10) / 10' },
  { path: 'libs/checks/src/config.ts', from: 'threshold: z.number().gt(0).lte(1).default(0.85)', to: 'threshold: z.number().gt(0).lte(1).default(0.3)' },
  { path: 'libs/report/src/card.ts', from: "'## Structure'", to: "'## Layout'" },
  { path: 'libs/release/src/files.ts', from: 'JSON.stringify(e.meta) + ', to: 'JSON.stringify(e.meta, null, 1).replace(/\\n */g, "") + ' },
  { path: 'apps/cli/src/stages/release.ts', from: 'drop: report.drop, policy: report.policy }', to: 'drop: report.drop }' },
];

export function applicableBehaviourToggles(root: string): string[] {
  const ws = new Workspace(root);
  return BEHAVIOUR_TOGGLES.filter((t) => ws.exists(t.path) && (ws.read(t.path).includes(t.from) || ws.read(t.path).includes(t.to))).map((t) => `${t.path}: ${t.from}`);
}

const libraryBehaviour: Generator = (ws, random) => {
  const usable = BEHAVIOUR_TOGGLES.filter((t) => ws.exists(t.path) && (ws.read(t.path).includes(t.from) || ws.read(t.path).includes(t.to)));
  if (!usable.length) return null;
  const toggle = random.pick(usable);
  const text = ws.read(toggle.path);
  const [from, to] = text.includes(toggle.from) ? [toggle.from, toggle.to] : [toggle.to, toggle.from];
  return {
    kind: 'library-behaviour',
    description: `${toggle.path}: "${from}" → "${to}"`,
    edits: [{ path: toggle.path, content: text.replace(from, to) }],
  };
};

const COSMETIC_DIRS = [
  'libs/domain/src',
  'libs/sources/src',
  'libs/sanitize/src',
  'libs/render/src',
  'libs/dedup/src',
  'libs/prompts/src',
  'libs/split/src',
  'libs/format/src',
  'libs/checks/src',
  'libs/release/src',
  'libs/config/src',
  'libs/partitions/src',
  'libs/report/src',
  'apps/cli/src',
];

const libraryCosmetic: Generator = (ws, random) => {
  const files = COSMETIC_DIRS.flatMap((dir) => ws.list(dir, '.ts').filter((f) => !f.endsWith('.test.ts')));
  if (!files.length) return null;
  const file = random.pick(files);
  return {
    kind: 'library-cosmetic',
    description: `${file}: comment appended (no behaviour change)`,
    edits: [{ path: file, content: `${ws.read(file).trimEnd()}\n\n// Reviewed ${random.hex(6)}.\n` }],
  };
};

const invalidInput: Generator = (ws, random) => {
  const invalidConfigSeed = (): InputMutation => ({
    kind: 'invalid-input',
    description: `${PATHS.config}: seed = "forty-two"`,
    edits: [{ path: PATHS.config, content: json({ ...ws.json<object>(PATHS.config), seed: 'forty-two' }) }],
    rejectedWith: [/dataset\.config\.json/, /seed/],
  });
  const variants: (() => InputMutation)[] = [
    () => {
      const metadata = ws.metadata();
      const at = random.int(metadata.length);
      const next = metadata.map((t, i) => (i === at ? { ...t, duration: 'soon' } : t));
      return {
        kind: 'invalid-input',
        description: `${PATHS.metadata}: [${at}].duration = "soon"`,
        edits: [{ path: PATHS.metadata, content: json(next) }],
        rejectedWith: [/canonical\.json/, /duration/],
      };
    },
    () => {
      const lines = ws.curatedLines();
      // A config mutation may have stopped reading the curated file; then a broken line in it is no error.
      const read = ws.json<{ curatedPrompts?: string[] }>(PATHS.config).curatedPrompts?.includes('prompts/curated.jsonl');
      if (!read) return invalidConfigSeed();
      return {
        kind: 'invalid-input',
        description: `${PATHS.curated}: truncated JSON line appended`,
        edits: [{ path: PATHS.curated, content: jsonl([...lines, '{"prompt": "half a line']) }],
        rejectedWith: [new RegExp(`curated\\.jsonl:${lines.length + 1}`)],
      };
    },
    invalidConfigSeed,
    () => ({
      kind: 'invalid-input',
      description: `${PATHS.promptOverrides}: an entry for a template that does not exist`,
      edits: [{ path: PATHS.promptOverrides, content: json({ ...ws.promptOverrides(), 'no-such-template': { additionalPrompts: ['x'] } }) }],
      rejectedWith: [/overrides\.json/, /no-such-template/],
    }),
    () => {
      const rows = ws.rows();
      const at = random.int(rows.length);
      return {
        kind: 'invalid-input',
        description: `${PATHS.rows}: [${at}].updatedAt = "yesterday"`,
        edits: [{ path: PATHS.rows, content: json(rows.map((r, i) => (i === at ? { ...r, updatedAt: 'yesterday' } : r))) }],
        rejectedWith: [/rows\.json/, /updatedAt/],
      };
    },
  ];
  return random.pick(variants)();
};

const GENERATORS = {
  'template-code': templateCode,
  'row-removed': rowRemoved,
  'row-added': rowAdded,
  'metadata-field': metadataField,
  'curated-prompt': curatedPrompt,
  'override-file': overrideFile,
  'prompt-overrides': promptOverrides,
  config,
  'library-behaviour': libraryBehaviour,
  'library-cosmetic': libraryCosmetic,
  'invalid-input': invalidInput,
} satisfies Record<string, Generator>;

export type MutationKind = keyof typeof GENERATORS;
export const MUTATION_KINDS = Object.keys(GENERATORS) as MutationKind[];

/** Draws a mutation of `kind` against the copy at `root`, or null when that kind has nothing to act on there. */
export function drawMutation(kind: MutationKind, root: string, random: TrialRandom): InputMutation | null {
  return GENERATORS[kind](new Workspace(root), random);
}

/** The edits that undo `mutation` in the copy at `root` (read before it is applied). */
export function inverseOf(mutation: InputMutation, root: string): FileEdit[] {
  const ws = new Workspace(root);
  return mutation.edits.map(({ path }) => ({ path, content: ws.exists(path) ? ws.read(path) : null }));
}

export function applyEdits(root: string, edits: readonly FileEdit[]): void {
  for (const { path, content } of edits) {
    const file = join(root, path);
    if (content === null) {
      rmSync(file, { force: true });
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
}
