import { exactDuplicateGroups, groupsFromPairs, nearDuplicatePairs, type NearDuplicatePair } from '@dataset/dedup';
import type { PromptVariant, SanitizedScene } from '@dataset/domain';
import type { DedupConfig, DedupPriority } from './config';
import type { Finding } from './finding';
import type { NormalizedCode } from './input';

export interface DuplicateReport {
  /** Templates whose normalized code is identical. */
  exactGroups: string[][];
  /** Connected near-duplicate templates (Jaccard ≥ threshold), exact duplicates included. */
  nearGroups: string[][];
  nearPairs: NearDuplicatePair[];
  /** One brief used for templates with different code: the model is taught two answers to one question. */
  samePromptDifferentCode: { prompt: string; templateIds: string[] }[];
  /** Identical code taught under different templates' briefs. */
  sameCodeDifferentPrompts: { templateIds: string[]; prompts: number }[];
  policy: DedupOutcome;
}

export interface DedupOutcome {
  mode: 'keep-all' | 'keep-one';
  kept: string[];
  dropped: { templateId: string; keptInstead: string }[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The text dedup compares: the caller's normalization where given, else the scene code itself. */
export function dedupTexts(scenes: readonly SanitizedScene[], normalized: readonly NormalizedCode[]): { id: string; text: string }[] {
  const byTemplate = new Map(normalized.map((n) => [n.templateId, n.text]));
  return scenes.map((scene) => ({ id: scene.templateId, text: byTemplate.get(scene.templateId) ?? scene.code }));
}

/** Briefs compare case- and whitespace-insensitively: "Make  a Logo" and "make a logo" teach the same thing. */
function promptKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const PROVENANCE_RANK: Record<SanitizedScene['provenance'], number> = { db: 0, override: 1, registry: 2 };

/**
 * The template a keep-one policy keeps from each group: the first by the configured priorities,
 * with the template id as the last tie-breaker so the choice is always the same.
 */
export function applyDedupPolicy(
  groups: readonly string[][],
  policy: { mode: 'keep-all' | 'keep-one'; priority: readonly DedupPriority[] },
  scenes: readonly SanitizedScene[],
  prompts: readonly PromptVariant[],
): DedupOutcome {
  const all = scenes.map((s) => s.templateId).sort(byCodeUnits);
  if (policy.mode === 'keep-all') return { mode: 'keep-all', kept: all, dropped: [] };
  const provenance = new Map(scenes.map((s) => [s.templateId, PROVENANCE_RANK[s.provenance]]));
  const promptCount = new Map<string, number>();
  for (const p of prompts) promptCount.set(p.templateId, (promptCount.get(p.templateId) ?? 0) + 1);
  const compare = (a: string, b: string): number => {
    for (const criterion of policy.priority) {
      const order =
        criterion === 'provenance'
          ? (provenance.get(a) ?? 9) - (provenance.get(b) ?? 9)
          : criterion === 'prompts'
            ? (promptCount.get(b) ?? 0) - (promptCount.get(a) ?? 0)
            : byCodeUnits(a, b);
      if (order !== 0) return order;
    }
    return byCodeUnits(a, b);
  };
  const dropped: DedupOutcome['dropped'] = [];
  for (const group of groups) {
    const [keep, ...rest] = [...group].sort(compare);
    for (const templateId of rest) dropped.push({ templateId, keptInstead: keep! });
  }
  const droppedIds = new Set(dropped.map((d) => d.templateId));
  return {
    mode: 'keep-one',
    kept: all.filter((id) => !droppedIds.has(id)),
    dropped: dropped.sort((a, b) => byCodeUnits(a.templateId, b.templateId)),
  };
}

export function checkDuplicates(
  scenes: readonly SanitizedScene[],
  prompts: readonly PromptVariant[],
  normalized: readonly NormalizedCode[],
  config: DedupConfig,
  /** Pairs the `dedup` asset already verified with these settings; computed here when absent. */
  knownPairs?: readonly NearDuplicatePair[],
): { findings: Finding[]; report: DuplicateReport } {
  const texts = dedupTexts(scenes, normalized);
  const options = { threshold: config.threshold, shingleSize: config.shingleSize, numHashes: config.numHashes, bands: config.bands, seed: config.seed };
  const exactGroups = exactDuplicateGroups(texts);
  const nearPairs = knownPairs ? [...knownPairs] : nearDuplicatePairs(texts, options);
  const nearGroups = groupsFromPairs(
    texts.map((t) => t.id),
    nearPairs,
  );
  const findings: Finding[] = [];
  const exactKeys = new Set(exactGroups.map((g) => g.join('\u0000')));
  for (const group of exactGroups) {
    findings.push({ rule: 'DEDUP_EXACT_DUPLICATE_CODE', level: 'warning', templateId: group[0]!, message: `templates ${group.join(', ')} have identical normalized code` });
  }
  for (const group of nearGroups) {
    if (exactKeys.has(group.join('\u0000'))) continue;
    const best = Math.max(...nearPairs.filter((p) => group.includes(p.a)).map((p) => p.similarity));
    findings.push({
      rule: 'DEDUP_NEAR_DUPLICATE_CODE',
      level: 'info',
      templateId: group[0]!,
      message: `templates ${group.join(', ')} are near-duplicates (Jaccard up to ${best.toFixed(3)} ≥ ${config.threshold}); they share one split`,
    });
  }

  const codeOf = new Map(texts.map((t) => [t.id, t.text]));
  const byPrompt = new Map<string, { prompt: string; templateIds: Set<string> }>();
  for (const p of prompts) {
    if (!codeOf.has(p.templateId)) continue;
    const key = promptKey(p.text);
    const entry = byPrompt.get(key) ?? { prompt: p.text, templateIds: new Set<string>() };
    entry.templateIds.add(p.templateId);
    byPrompt.set(key, entry);
  }
  const samePromptDifferentCode = [...byPrompt.values()]
    .map(({ prompt, templateIds }) => ({ prompt, templateIds: [...templateIds].sort(byCodeUnits) }))
    .filter(({ templateIds }) => new Set(templateIds.map((id) => codeOf.get(id))).size > 1)
    .sort((a, b) => byCodeUnits(a.templateIds.join(','), b.templateIds.join(',')) || byCodeUnits(a.prompt, b.prompt));
  for (const { templateIds } of samePromptDifferentCode) {
    findings.push({ rule: 'DEDUP_SAME_PROMPT_DIFFERENT_CODE', level: 'warning', templateId: templateIds[0]!, message: `one brief is used for templates ${templateIds.join(', ')}, whose code differs` });
  }

  const promptsOf = (id: string): Set<string> => new Set(prompts.filter((p) => p.templateId === id).map((p) => promptKey(p.text)));
  const sameCodeDifferentPrompts = exactGroups
    .map((templateIds) => ({ templateIds, prompts: new Set(templateIds.flatMap((id) => [...promptsOf(id)])).size }))
    .filter(({ templateIds }) => new Set(templateIds.map((id) => [...promptsOf(id)].sort().join('\u0000'))).size > 1);
  for (const { templateIds, prompts: count } of sameCodeDifferentPrompts) {
    findings.push({ rule: 'DEDUP_SAME_CODE_DIFFERENT_PROMPTS', level: 'info', templateId: templateIds[0]!, message: `templates ${templateIds.join(', ')} share identical code under ${count} different briefs` });
  }

  const policy = applyDedupPolicy(nearGroups, { mode: config.policy, priority: config.priority }, scenes, prompts);
  for (const { templateId, keptInstead } of policy.dropped) {
    findings.push({ rule: 'DEDUP_POLICY_DROPPED', level: 'info', templateId, message: `template ${templateId} is left out by keep-one; ${keptInstead} is kept from its group` });
  }
  return { findings, report: { exactGroups, nearGroups, nearPairs, samePromptDifferentCode, sameCodeDifferentPrompts, policy } };
}
