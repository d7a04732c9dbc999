import type { RawTemplate } from '@dataset/domain';
import type { DatasetConfig } from '@dataset/config';
import type { TemplatePrompts } from '@dataset/prompts';
// Subpaths, not the package: the whole of it would load the payload checks' TypeScript compiler into `raw`.
import { redactEverything, scanEarly, type EarlySecrets } from '@dataset/checks/early';
import { findSecrets, type ScanMode, type ScanTarget, type SecretHit } from '@dataset/checks/secrets';
import { formatFinding, type Finding } from '@dataset/checks/finding';
import { rememberedAsync } from '@dataset/partitions';
import { GateError } from './gate-error';
import { stageVersion, tableStoreFor } from './partitions';

/**
 * `checks.secrets.scanEarly`: code in `raw`, briefs in `prompts`, scanned before the asset (and with it the Nx
 * cache and a remote cache sharing it) holds them. Under `fail` the stage stops; under `redact` it writes the
 * redacted texts, and what was found travels in its `secrets.json` to `checks`.
 */

const NOTHING_FOUND: EarlySecrets = { findings: [], redacted: [] };

export interface ScannedTexts {
  texts: string[];
  secrets: EarlySecrets;
  refusals: Finding[];
}

type Find = (text: string, mode: ScanMode) => Promise<SecretHit[]>;

async function scanTexts(config: DatasetConfig, targets: ScanTarget[], find: Find): Promise<ScannedTexts> {
  if (!config.checks.secrets.scanEarly) return { texts: targets.map((t) => t.text), secrets: NOTHING_FOUND, refusals: [] };
  return scanEarly(targets, config.checks, find);
}

/** A secret `fail` refuses stops the stage, naming each template and rule (never a value), before anything is written. */
export function refuseSecrets(stage: 'raw' | 'prompts', refusals: readonly Finding[]): void {
  if (refusals.length === 0) return;
  for (const finding of refusals) console.error(formatFinding(finding));
  const templates = new Set(refusals.map((f) => f.templateId)).size;
  throw new GateError(`${stage}: ${refusals.length} secret(s) in ${templates} template(s) refused by checks.secrets (values withheld); nothing written, nothing published`);
}

/** `raw`'s code as the asset may hold it. */
export async function scanCodeEarly(config: DatasetConfig, templates: RawTemplate[]): Promise<{ templates: RawTemplate[]; secrets: EarlySecrets }> {
  const targets = templates.map((t): ScanTarget => ({ templateId: t.templateId, field: 'code', text: t.code }));
  // `raw` has no per-template records: the scan's hits are remembered instead (offsets and kinds, never values).
  const store = tableStoreFor('raw-secrets');
  const version = stageVersion('secret-scan');
  const allow = config.checks.secrets.allowEmailDomains;
  const find: Find = (text, mode) => rememberedAsync(store, version, { text, allow, mode }, () => findSecrets(text, allow, mode));
  const { texts, secrets, refusals } = await scanTexts(config, targets, find);
  store.save();
  refuseSecrets('raw', refusals);
  return { templates: templates.map((t, i) => ({ ...t, code: texts[i]! })), secrets };
}

/**
 * One template's briefs as the asset (and the stage's per-template memo) may hold them. A dropped brief is never
 * released, so every value in it is replaced whatever the policy: there is nothing to refuse or report.
 */
export async function scanBriefsEarly(config: DatasetConfig, prompts: TemplatePrompts): Promise<{ prompts: TemplatePrompts } & Omit<ScannedTexts, 'texts'>> {
  const targets = prompts.variants.map((v): ScanTarget => ({ templateId: v.templateId, field: 'prompt', variantId: v.variantId, text: v.text }));
  const allow = config.checks.secrets.allowEmailDomains;
  // Called inside the stage's per-template records, which remember the outcome.
  const { texts, secrets, refusals } = await scanTexts(config, targets, (text, mode) => findSecrets(text, allow, mode));
  const dropped = await redactDroppedBriefs(config, prompts.dropped);
  // A refused template's briefs are never written, but the record that remembers the refusal is: it keeps
  // them with every value replaced.
  const kept = refusals.length > 0 ? await Promise.all(prompts.variants.map((v) => redactEverything(v.text, allow))) : texts;
  return { prompts: { variants: prompts.variants.map((v, i) => ({ ...v, text: kept[i]! })), dropped }, secrets, refusals };
}

export async function redactDroppedBriefs<D extends { text: string }>(config: DatasetConfig, dropped: D[]): Promise<D[]> {
  if (!config.checks.secrets.scanEarly) return dropped;
  const allow = config.checks.secrets.allowEmailDomains;
  return Promise.all(dropped.map(async (d) => ({ ...d, text: await redactEverything(d.text, allow) })));
}
