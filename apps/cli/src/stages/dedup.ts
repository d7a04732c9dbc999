import type { DatasetConfig } from '@dataset/config';
import { SanitizedScene } from '@dataset/domain';
import { exactDuplicateGroups, nearDuplicateGroups } from '@dataset/dedup';
import { splitGroupsFromDuplicates } from '@dataset/checks';
import { normalizeSanitizedCodeForDedup } from '@dataset/sanitize';
import { json, readAssetJsonl, toJsonl, writeAsset } from '../assets';
import type { DuplicateGroups } from '../summaries';

/**
 * Asset `dedup`: each kept scene's code in dedup normal form, and the exact and near-duplicate groups.
 * It runs before `splits` because a template and its near-duplicates must land in one split.
 */
export function materializeDedup(config: DatasetConfig): void {
  const scenes = readAssetJsonl('rendered', 'scenes.jsonl', SanitizedScene);
  const normalized = scenes.map((s) => ({ templateId: s.templateId, text: normalizeSanitizedCodeForDedup(s.code) }));
  const items = normalized.map((n) => ({ id: n.templateId, text: n.text }));
  const { threshold, shingleSize, numHashes, bands, seed } = config.checks.dedup;
  const exactGroups = exactDuplicateGroups(items);
  const nearGroups = nearDuplicateGroups(items, { threshold, shingleSize, numHashes, bands, seed });
  const groups: DuplicateGroups = {
    exactGroups,
    nearGroups,
    splitGroups: splitGroupsFromDuplicates(
      scenes.map((s) => s.templateId),
      nearGroups,
    ),
  };
  writeAsset('dedup', { 'normalized.jsonl': toJsonl(normalized), 'groups.json': json(groups) });
  console.log(`dedup: ${scenes.length} scenes, ${exactGroups.length} exact and ${nearGroups.length} near-duplicate groups (Jaccard ≥ ${threshold})`);
}
