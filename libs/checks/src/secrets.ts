import type { SecretsConfig } from './config';
import type { Finding } from './finding';

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
  /** The text with every hit replaced by a [REDACTED_…] marker. */
  redactedText: string;
}

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w-])/g;
/** `logo@2x.png` is an asset name, not an address. */
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'mp4', 'webm', 'mov', 'mp3', 'wav', 'js', 'jsx', 'ts', 'tsx', 'css', 'json', 'html', 'woff', 'woff2', 'ttf']);
/** International or grouped numbers with 10–15 digits: "+44 20 7946 0958", "(415) 555-2671". */
const PHONE = /(?<![\w.+-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,5}(?![\w.-])/g;

type SecretlintConfig = Parameters<typeof import('@secretlint/core').lintSource>[0]['options']['config'];
let secretlint: Promise<{ lint: typeof import('@secretlint/core').lintSource; config: SecretlintConfig }> | undefined;
/** Loaded on first use: when every text's scan is remembered from an earlier build, no build pays its load. */
function loadSecretlint() {
  return (secretlint ??= Promise.all([import('@secretlint/core'), import('@secretlint/secretlint-rule-preset-recommend'), import('@secretlint/profiler')]).then(
    ([core, preset, { secretLintProfiler }]) => {
      // On by default, secretlint's profiler leaves a performance mark per rule and text in the process-wide
      // timeline, never cleared: ~300 MB held at 10,000 templates, the bulk of the checks stage's peak.
      secretLintProfiler.setEnabled(false);
      return { lint: core.lintSource, config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator }] } };
    },
  ));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function emailAllowed(address: string, allowDomains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return allowDomains.some((allowed) => domain === allowed.toLowerCase() || domain.endsWith(`.${allowed.toLowerCase()}`));
}

/** Credentials via secretlint's recommended rule set, then e-mail and phone patterns outside them. */
export async function findSecrets(text: string, allowEmailDomains: readonly string[]): Promise<SecretHit[]> {
  const { lint, config } = await loadSecretlint();
  const result = await lint({
    source: { content: text, filePath: 'dataset-text', contentType: 'text' },
    options: { config, maskSecrets: true, noPhysicFilePath: true },
  });
  const hits: SecretHit[] = result.messages.map((m) => ({
    kind: 'credential',
    detector: `${m.ruleId.replace(/^@secretlint\/secretlint-rule-/, '')}/${m.messageId}`,
    start: m.range[0],
    end: m.range[1],
    line: m.loc.start.line,
  }));
  const overlapsCredential = (start: number, end: number): boolean => hits.some((h) => h.kind === 'credential' && start < h.end && h.start < end);
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index;
    const end = start + match[0].length;
    if (FILE_EXTENSIONS.has(match[1]!.toLowerCase()) || emailAllowed(match[0], allowEmailDomains) || overlapsCredential(start, end)) continue;
    hits.push({ kind: 'email', detector: 'email', start, end, line: lineAt(text, start) });
  }
  for (const match of text.matchAll(PHONE)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, '').length;
    if (digits < 10 || digits > 15 || overlapsCredential(start, end) || hits.some((h) => start < h.end && h.start < end)) continue;
    hits.push({ kind: 'phone', detector: 'phone', start, end, line: lineAt(text, start) });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Replaces hits from the end backwards so earlier offsets stay valid. */
export function redactText(text: string, hits: readonly SecretHit[]): string {
  let out = text;
  const ordered = [...hits].sort((a, b) => b.start - a.start);
  let limit = Infinity;
  for (const hit of ordered) {
    if (hit.end > limit) continue;
    out = `${out.slice(0, hit.start)}[REDACTED_${hit.kind.toUpperCase()}]${out.slice(hit.end)}`;
    limit = hit.start;
  }
  return out;
}

const RULE_OF: Record<SecretKind, string> = { credential: 'SECRET_CREDENTIAL', email: 'PII_EMAIL', phone: 'PII_PHONE' };

function describeTarget(target: ScanTarget): string {
  if (target.field === 'system') return 'the system prompt';
  if (target.field === 'prompt') return `prompt ${target.variantId ?? '?'} of template ${target.templateId}`;
  return `code of template ${target.templateId}`;
}

export async function checkSecrets(
  targets: readonly ScanTarget[],
  config: SecretsConfig,
  /** `findSecrets` with the config's allowed domains, possibly remembered across builds. */
  find: (text: string) => Promise<SecretHit[]> = (text) => findSecrets(text, config.allowEmailDomains),
): Promise<{ findings: Finding[]; redactions: Redaction[] }> {
  const findings: Finding[] = [];
  const redactions: Redaction[] = [];
  for (const target of targets) {
    const hits = await find(target.text);
    if (hits.length === 0) continue;
    for (const hit of hits) {
      const what = hit.kind === 'credential' ? `credential (${hit.detector})` : hit.kind === 'email' ? 'e-mail address' : 'phone number';
      findings.push({
        rule: RULE_OF[hit.kind],
        level: config.policy === 'fail' ? 'error' : 'warning',
        ...(target.templateId ? { templateId: target.templateId } : {}),
        line: hit.line,
        message: `${what} in ${describeTarget(target)} at line ${hit.line} (${hit.end - hit.start} characters, value withheld)${config.policy === 'redact' ? '; redacted' : ''}`,
      });
    }
    if (config.policy === 'redact') {
      redactions.push({
        templateId: target.templateId,
        field: target.field,
        ...(target.variantId ? { variantId: target.variantId } : {}),
        redactedText: redactText(target.text, hits),
      });
    }
  }
  return { findings, redactions };
}
