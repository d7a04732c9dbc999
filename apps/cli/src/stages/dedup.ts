import type { DatasetConfig } from '@dataset/config';
import { SanitizedScene } from '@dataset/domain';
import { exactDuplicateGroups, groupsFromPairs, minHashSignature, updateNearDuplicatePairs, type NearDuplicateState } from '@dataset/dedup';
import { splitGroupsFromDuplicates } from '@dataset/split/groups';
import { formatPartitionWork, partitionKey, remembered } from '@dataset/partitions';
import { normalizeSanitizedCodeForDedup } from '@dataset/sanitize/normal-form';
import { json, jsonl, readAssetJsonl, writeAsset } from '../assets';
import { noteWork } from '../build-log';
import { partitionStore, tableStoreFor, stageVersion } from '../partitions';
import type { DuplicateGroups } from '../summaries';

/**
 * Asset `dedup`: each kept scene's code in dedup normal form, the exact and near-duplicate pairs and groups.
 * It runs before `splits` because a template and its near-duplicates must land in one split. MinHash
 * signatures are remembered per text, and the last run's pairs per options, so a build after one template
 * changed signs one text and compares only it.
 */
export function materializeDedup(config: DatasetConfig): void {
  const scenes = readAssetJsonl('rendered', 'scenes.jsonl', SanitizedScene);
  const normalized = scenes.map((s) => ({ templateId: s.templateId, text: normalizeSanitizedCodeForDedup(s.code) }));
  const items = normalized.map((n) => ({ id: n.templateId, text: n.text }));
  const { threshold, shingleSize, numHashes, bands, seed } = config.checks.dedup;
  const options = { threshold, shingleSize, numHashes, bands, seed };
  const store = tableStoreFor('dedup');
  const version = stageVersion('dedup');
  let rebuilt = 0;
  const signatures = items.map(({ text }) => {
    const words = remembered(store, version, { text, shingleSize, numHashes, seed }, () => {
      rebuilt += 1;
      return Array.from(minHashSignature(text, options));
    });
    return Uint32Array.from(words);
  });
  store.save();
  const exactGroups = exactDuplicateGroups(items);
  // One record per options and code version, replaced by every run: it names the texts its pairs are about.
  const pairStore = partitionStore('dedup');
  const pairKey = partitionKey(version, options);
  const update = updateNearDuplicatePairs(items, options, signatures, readPairState(pairStore.get(pairKey)));
  pairStore.put(pairKey, JSON.stringify(update.state));
  const nearPairs = update.pairs;
  const nearGroups = groupsFromPairs(
    items.map((i) => i.id),
    nearPairs,
  );
  const groups: DuplicateGroups = {
    exactGroups,
    nearGroups,
    nearPairs,
    splitGroups: splitGroupsFromDuplicates(
      scenes.map((s) => s.templateId),
      nearGroups,
    ),
  };
  writeAsset('dedup', { 'normalized.jsonl': jsonl(normalized), 'groups.json': json(groups) });
  noteWork('dedup', `${formatPartitionWork({ rebuilt, reused: items.length - rebuilt })} signatures, ${update.fresh.toLocaleString('en-US')} scenes compared anew`);
  console.log(
    `dedup: ${scenes.length} scenes, ` +
      `${exactGroups.length} exact and ${nearGroups.length} near-duplicate groups (Jaccard ≥ ${threshold})`,
  );
}

/** A damaged record only costs a comparison of every text. */
function readPairState(record: string | undefined): NearDuplicateState | undefined {
  if (record === undefined) return undefined;
  try {
    const state = JSON.parse(record) as Partial<NearDuplicateState> | null;
    return state && typeof state.texts === 'object' && state.texts !== null && Array.isArray(state.pairs) ? (state as NearDuplicateState) : undefined;
  } catch {
    return undefined;
  }
}
