import type { PromptVariant, RawTemplate } from '@dataset/domain';
import type { DatasetConfig } from '@dataset/config';
// Subpaths, not the package: the whole of it would load the payload checks' TypeScript compiler into `raw`.
import { redactEverything, scanEarly, type EarlySecrets } from '@dataset/checks/early';
import { findSecrets, type ScanMode, type ScanTarget } from '@dataset/checks/secrets';
import { formatFinding } from '@dataset/checks/finding';
import { rememberedAsync } from '@dataset/partitions';
import { GateError } from './gate-error';
import { stageVersion, tableStoreFor } from './partitions';

const NOTHING_FOUND: EarlySecrets = { findings: [], redacted: [] };

/**
 * `checks.secrets.scanEarly`: the texts as `raw` or `prompts` may write them. A secret `fail` refuses stops
 * the stage, naming each template and rule (never a value), before anything is written or cached.
 */
async function scanTexts(stage: 'raw' | 'prompts', config: DatasetConfig, targets: ScanTarget[]): Promise<{ texts: string[]; secrets: EarlySecrets }> {
  if (!config.checks.secrets.scanEarly) return { texts: targets.map((t) => t.text), secrets: NOTHING_FOUND };
  // Hits are offsets and kinds, never values: the memo holds nothing a leak could read.
  const store = tableStoreFor(`${stage}-secrets`);
  const version = stageVersion('secret-scan');
  const allow = config.checks.secrets.allowEmailDomains;
  const find = (text: string, mode: ScanMode) => rememberedAsync(store, version, { text, allow, mode }, () => findSecrets(text, allow, mode));
  const scan = await scanEarly(targets, config.checks, find);
  store.save();
  if (scan.refusals.length > 0) {
    for (const finding of scan.refusals) console.error(formatFinding(finding));
    const templates = new Set(scan.refusals.map((f) => f.templateId)).size;
    throw new GateError(
      `${stage}: ${scan.refusals.length} secret(s) in ${templates} template(s) refused by checks.secrets (values withheld); nothing written, nothing published`,
    );
  }
  return { texts: scan.texts, secrets: scan.secrets };
}

/** `raw`'s code, scanned before the asset (and with it the Nx cache) holds it. */
export async function scanCodeEarly(config: DatasetConfig, templates: RawTemplate[]): Promise<{ templates: RawTemplate[]; secrets: EarlySecrets }> {
  const targets = templates.map((t): ScanTarget => ({ templateId: t.templateId, field: 'code', text: t.code }));
  const { texts, secrets } = await scanTexts('raw', config, targets);
  return { templates: templates.map((t, i) => ({ ...t, code: texts[i]! })), secrets };
}

/**
 * `prompts`' briefs, scanned before the asset holds them. A dropped brief is never released, so every value in
 * it is redacted whatever the policy: there is nothing to refuse or report, and the asset keeps its text.
 */
export async function scanBriefsEarly<D extends { text: string }>(
  config: DatasetConfig,
  variants: PromptVariant[],
  dropped: D[],
): Promise<{ variants: PromptVariant[]; dropped: D[]; secrets: EarlySecrets }> {
  const targets = variants.map((v): ScanTarget => ({ templateId: v.templateId, field: 'prompt', variantId: v.variantId, text: v.text }));
  const { texts, secrets } = await scanTexts('prompts', config, targets);
  if (!config.checks.secrets.scanEarly) return { variants, dropped, secrets };
  const allow = config.checks.secrets.allowEmailDomains;
  const redactedDropped = await Promise.all(dropped.map(async (d) => ({ ...d, text: await redactEverything(d.text, allow) })));
  return { variants: variants.map((v, i) => ({ ...v, text: texts[i]! })), dropped: redactedDropped, secrets };
}
