import type { SecretsConfig } from './config';
import { findCredentialShapes } from './credentials';
import type { Finding } from './finding';
import type { RuleCode } from './rules';
import { lineAtOffset, lineStartsOf, parseModule, textSpans } from './syntax';

export type SecretKind = 'credential' | 'email' | 'phone';

/** A secret's place and kind; deliberately without the value, so nothing downstream can print it. */
export interface SecretHit {
  kind: SecretKind;
  /** secretlint rule and message id for credentials ("github/GITHUB_TOKEN"), else the kind. */
  detector: string;
  start: number;
  end: number;
  line: number;
}

/** One text that ends up in the dataset: a template's code, one of its briefs, or a system prompt. */
export interface ScanTarget {
  templateId: string | null;
  field: 'code' | 'prompt' | 'system';
  variantId?: string;
  text: string;
}

export interface Redaction {
  templateId: string | null;
  field: ScanTarget['field'];
  variantId?: string;
  /** The text with every redacted hit replaced: credentials by a [REDACTED_CREDENTIAL] marker, personal data by a placeholder. */
  redactedText: string;
}

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w-])/g;
/** `logo@2x.png` is an asset name, not an address. */
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'mp4', 'webm', 'mov', 'mp3', 'wav', 'js', 'jsx', 'ts', 'tsx', 'css', 'json', 'html', 'woff', 'woff2', 'ttf']);
/**
 * A phone number is written with phone punctuation: a `+` country code ("+44 20 7946 0958"), an area code in
 * brackets ("(415) 555-2671"), or dashes or dots between the groups ("415-555-2671", "415.555.2671").
 * Groups separated by spaces alone are how numbers are listed ("1920 1080 1080", "M 120 340 Q 900 180"),
 * so they never match.
 */
const PHONE = new RegExp(
  [
    String.raw`\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,5}`,
    String.raw`\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,5}`,
    String.raw`\d{2,4}-\d{3,4}-\d{3,5}`,
    String.raw`\d{2,4}\.\d{3,4}\.\d{3,5}`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, String.raw`(?<![\w.+-])(?:`)
    // A full stop may end the sentence a number closes ("call +44 161 496 0734."); one before a digit continues it.
    .concat(String.raw`)(?![\w-]|\.\w)`),
  'g',
);
/** SVG path data and point lists: numbers and drawing commands, never a person's number. */
const PATH_DATA = /^[\sMmLlHhVvCcSsQqTtAaZz\d.,+-]*[MmLlHhVvCcSsQqTtAaZz][\sMmLlHhVvCcSsQqTtAaZz\d.,+-]*$/;
const GEOMETRY_ATTRIBUTES = new Set(['d', 'points', 'viewBox', 'transform', 'path']);

/** Reserved stand-ins that keep a scene valid where a value was: RFC 2606's domain, NANP's fictional 555-01xx range. */
export const PII_PLACEHOLDERS = { email: 'user@example.com', phone: '+1 555 0100' } as const;

type SecretlintConfig = Parameters<typeof import('@secretlint/core').lintSource>[0]['options']['config'];
let secretlint: Promise<{ lint: typeof import('@secretlint/core').lintSource; config: SecretlintConfig }> | undefined;
/** Loaded on first use: when every text's scan is remembered from an earlier build, no build pays its load. */
function loadSecretlint() {
  return (secretlint ??= Promise.all([import('@secretlint/core'), import('@secretlint/secretlint-rule-preset-recommend'), import('@secretlint/profiler')]).then(
    ([core, preset, { secretLintProfiler }]) => {
      // Secretlint's profiler leaves a performance mark per rule and text in the process-wide timeline and keeps
      // every entry, never cleared: ~300 MB held at 10,000 templates, the bulk of the checks stage's peak.
      // Version 11, the last that supports Node 20, has no switch for it: marking is made a no-op instead.
      secretLintProfiler.mark = () => undefined;
      return { lint: core.lintSource, config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator }] } };
    },
  ));
}

function emailAllowed(address: string, allowDomains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return allowDomains.some((allowed) => domain === allowed.toLowerCase() || domain.endsWith(`.${allowed.toLowerCase()}`));
}

/**
 * secretlint's connection-string rules end their range after the string's closing quote and the `;` or `,`
 * after it: redacting that range would delete the quote and break the scene's syntax.
 */
function withoutClosingPunctuation(text: string, start: number, end: number): number {
  let cut = end;
  while (cut > start + 1 && `'"\`;,)`.includes(text[cut - 1]!)) cut -= 1;
  return cut;
}

/** Which parts of a text may hold personal data: all of a brief, only the strings, JSX text and comments of code. */
export type ScanMode = 'code' | 'text';

function personalDataRanges(text: string, mode: ScanMode): [number, number][] {
  if (mode === 'text') return [[0, text.length]];
  return textSpans(parseModule(text))
    .filter((span) => !(span.attribute && GEOMETRY_ATTRIBUTES.has(span.attribute)) && !PATH_DATA.test(text.slice(span.start, span.end)))
    .map((span) => [span.start, span.end]);
}

/**
 * Credentials anywhere (secretlint's recommended rule set, then the shapes it misses), then e-mail addresses
 * and phone numbers where text sits: code is never scanned for personal data outside its strings, JSX text and comments, so numeric
 * literals, arrays of numbers and path data cannot be mistaken for a phone number.
 */
export async function findSecrets(text: string, allowEmailDomains: readonly string[], mode: ScanMode = 'text'): Promise<SecretHit[]> {
  const { lint, config } = await loadSecretlint();
  const result = await lint({
    source: { content: text, filePath: 'dataset-text', contentType: 'text' },
    options: { config, maskSecrets: true, noPhysicFilePath: true },
  });
  const hits: SecretHit[] = result.messages.map((m) => ({
    kind: 'credential',
    detector: `${m.ruleId.replace(/^@secretlint\/secretlint-rule-/, '')}/${m.messageId}`,
    start: m.range[0],
    end: withoutClosingPunctuation(text, m.range[0], m.range[1]),
    line: m.loc.start.line,
  }));
  const starts = lineStartsOf(text);
  for (const { valueOnly, ...shape } of findCredentialShapes(text)) {
    // Overlapping reports of one credential become one hit spanning both, so redaction leaves no piece of it.
    // Where the shape knows where the value begins, the hit begins there: secretlint's AWS secret-key rule
    // reports from the key name (`secretAccessKey: '…`), and redacting that would delete the key and its quote.
    const overlapping = hits.find((h) => shape.start < h.end && h.start < shape.end);
    if (overlapping) {
      overlapping.start = valueOnly ? shape.start : Math.min(overlapping.start, shape.start);
      overlapping.end = Math.max(overlapping.end, shape.end);
      overlapping.line = lineAtOffset(starts, overlapping.start);
    } else {
      hits.push({ kind: 'credential', ...shape, line: lineAtOffset(starts, shape.start) });
    }
  }
  // One byte per character marks what a hit already covers: a check per hit that does not grow with the hits
  // (a megabyte string table can hold tens of thousands of addresses).
  const taken = new Uint8Array(text.length);
  const take = (hit: SecretHit): void => {
    taken.fill(1, hit.start, hit.end);
    hits.push(hit);
  };
  const overlaps = (start: number, end: number): boolean => taken.subarray(start, end).includes(1);
  for (const hit of hits) taken.fill(1, hit.start, hit.end);
  for (const [from, to] of personalDataRanges(text, mode)) {
    const part = text.slice(from, to);
    for (const match of part.matchAll(EMAIL)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (FILE_EXTENSIONS.has(match[1]!.toLowerCase()) || emailAllowed(match[0], allowEmailDomains) || overlaps(start, end)) continue;
      take({ kind: 'email', detector: 'email', start, end, line: lineAtOffset(starts, start) });
    }
    for (const match of part.matchAll(PHONE)) {
      const start = from + match.index;
      const end = start + match[0].length;
      const digits = match[0].replace(/\D/g, '').length;
      if (digits < 10 || digits > 15 || match[0] === PII_PLACEHOLDERS.phone || overlaps(start, end)) continue;
      take({ kind: 'phone', detector: 'phone', start, end, line: lineAtOffset(starts, start) });
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

const REPLACEMENT: Record<SecretKind, string> = { credential: '[REDACTED_CREDENTIAL]', ...PII_PLACEHOLDERS };

/** Replaces hits from the end backwards so earlier offsets stay valid. */
export function redactText(text: string, hits: readonly SecretHit[]): string {
  let out = text;
  const ordered = [...hits].sort((a, b) => b.start - a.start);
  let limit = Infinity;
  for (const hit of ordered) {
    if (hit.end > limit) continue;
    out = `${out.slice(0, hit.start)}${REPLACEMENT[hit.kind]}${out.slice(hit.end)}`;
    limit = hit.start;
  }
  return out;
}

const RULE_OF: Record<SecretKind, RuleCode> = { credential: 'SECRET_CREDENTIAL', email: 'PII_EMAIL', phone: 'PII_PHONE' };
const WHAT: Record<SecretKind, string> = { credential: 'credential', email: 'e-mail address', phone: 'phone number' };

/** How the config treats one rule for one template: no finding (`off`), a finding and nothing done (`waived`), or its policy. */
export type RuleState = (rule: RuleCode, templateId: string | null) => 'active' | 'waived' | 'off';

function describeTarget(target: ScanTarget): string {
  if (target.field === 'system') return 'the system prompt';
  if (target.field === 'prompt') return `prompt ${target.variantId ?? '?'} of template ${target.templateId}`;
  return `code of template ${target.templateId}`;
}

/**
 * Credentials follow `policy` (fail by default), e-mail addresses and phone numbers follow `pii` (redact by
 * default). A redacted text replaces every active hit; a waived hit, or one of a rule that is off, is left as
 * it is (the findings of both are reported, and `applyRulePolicy` then marks or removes them).
 */
export async function checkSecrets(
  targets: readonly ScanTarget[],
  config: SecretsConfig,
  /** `findSecrets` with the config's allowed domains, possibly remembered across builds. */
  find: (text: string, mode: ScanMode) => Promise<SecretHit[]> = (text, mode) => findSecrets(text, config.allowEmailDomains, mode),
  state: RuleState = () => 'active',
): Promise<{ findings: Finding[]; redactions: Redaction[] }> {
  const findings: Finding[] = [];
  const redactions: Redaction[] = [];
  for (const target of targets) {
    const hits = await find(target.text, target.field === 'code' ? 'code' : 'text');
    const redacted: SecretHit[] = [];
    for (const hit of hits) {
      const policy = hit.kind === 'credential' ? config.policy : config.pii;
      const redacts = policy === 'redact' && state(RULE_OF[hit.kind], target.templateId) === 'active';
      if (redacts) redacted.push(hit);
      const detector = hit.kind === 'credential' ? ` (${hit.detector})` : '';
      findings.push({
        rule: RULE_OF[hit.kind],
        level: policy === 'fail' ? 'error' : 'warning',
        ...(target.templateId ? { templateId: target.templateId } : {}),
        line: hit.line,
        message: `${WHAT[hit.kind]}${detector} in ${describeTarget(target)} at line ${hit.line} (${hit.end - hit.start} characters, value withheld)${redacts ? `; redacted to ${REPLACEMENT[hit.kind]}` : ''}`,
      });
    }
    if (redacted.length > 0) {
      redactions.push({
        templateId: target.templateId,
        field: target.field,
        ...(target.variantId ? { variantId: target.variantId } : {}),
        redactedText: redactText(target.text, redacted),
      });
    }
  }
  return { findings, redactions };
}
