import { z } from 'zod';
import { IgnoredField, PromptVariant, Rejection, SanitizedScene, SPLIT_NAMES } from '@dataset/domain';
import type { DatasetConfig } from '@dataset/config';
import { buildChatExamples } from '@dataset/format';
import { assignSplits } from '@dataset/split';
import { json, jsonl, readAssetJson, readAssetJsonl, writeAsset, type AssetFiles } from '../assets';
import { loadSplitInputs } from '../inputs/splits';
import { DroppedPrompt, DuplicateGroups, SanitizedSummary, type SplitSummary } from '../summaries';

/** Asset `splits`: chat examples for kept scenes × prompt variants, assigned to splits by duplicate group. */
export function materializeSplits(config: DatasetConfig): void {
  const { seed, systemPrompt } = loadSplitInputs(config);
  const scenes = readAssetJsonl('rendered', 'scenes.jsonl', SanitizedScene);
  const renderFailures = readAssetJsonl('rendered', 'rejections.jsonl', Rejection);
  const sanitized = readAssetJson('sanitized', 'summary.json', SanitizedSummary);
  const prompts = readAssetJsonl('prompts', 'variants.jsonl', PromptVariant);
  const promptIgnoredFields = readAssetJson('prompts', 'ignored-fields.json', z.array(IgnoredField));
  const droppedPrompts = readAssetJson('prompts', 'dropped.json', z.array(DroppedPrompt));
  const { splitGroups } = readAssetJson('dedup', 'groups.json', DuplicateGroups);
  const assignments = assignSplits(splitGroups, seed);
  const examples = buildChatExamples(scenes, prompts, assignments, systemPrompt);
  const files: AssetFiles = {
    'assignments.jsonl': jsonl(assignments),
    'summary.json': json({ ...sanitized, ignoredFields: [...sanitized.ignoredFields, ...promptIgnoredFields], seed, renderFailures, droppedPrompts } satisfies SplitSummary),
  };
  for (const split of SPLIT_NAMES) files[`${split}.jsonl`] = jsonl(examples[split]);
  writeAsset('splits', files);
  const counts = SPLIT_NAMES.map((s) => `${s} ${examples[s].length}`).join(', ');
  console.log(`splits: ${counts} examples from ${scenes.length} templates (seed ${seed})`);
}
