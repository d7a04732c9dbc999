import type { DatasetConfig } from '@dataset/config';
import { describeIgnoredFields } from '@dataset/domain';
import { buildPromptVariants, groupPromptInputs, type TemplatePrompts } from '@dataset/prompts';
import { formatPartitionWork, materializePartitions } from '@dataset/partitions';
import { json, jsonl, writeAsset } from '../assets';
import { noteWork } from '../build-log';
import { loadPromptInputs } from '../inputs/prompts';
import { partitionStore, stageVersion } from '../partitions';
import { scanBriefsEarly } from '../scan-early';

/** Asset `prompts`: briefs per template from metadata, curated prompts and overrides — never from code. */
export async function materializePrompts(config: DatasetConfig): Promise<void> {
  const inputs = loadPromptInputs(config);
  const { perTemplate, unmatched } = groupPromptInputs(inputs.metadata, inputs.curated, inputs.overrides, inputs.overridesFile);
  const run = await materializePartitions(perTemplate, {
    version: stageVersion('prompts'),
    store: partitionStore('prompts'),
    // Where a curated line sits in which file does not change the brief; its text does.
    keyOf: ({ template, curated, additional }) => ({ template, curated: curated.map((c) => c.text), additional }),
    compute: async (items) => items.map(({ template, curated, additional }) => buildPromptVariants(template, curated, additional)),
    encode: (prompts) => JSON.stringify(prompts),
    decode: (text) => JSON.parse(text) as TemplatePrompts,
  });
  // Before the asset (and the Nx cache with it) holds any brief: see checks.secrets.scanEarly.
  const { variants, dropped, secrets } = await scanBriefsEarly(
    config,
    run.outputs.flatMap((p) => p.variants),
    [...unmatched, ...run.outputs.flatMap((p) => p.dropped)],
  );
  // The prompt files' unknown fields travel with the asset: `splits` adds them to the summary the report reads.
  writeAsset('prompts', {
    'variants.jsonl': jsonl(variants),
    'dropped.json': json(dropped),
    'ignored-fields.json': json(inputs.ignoredFields),
    'secrets.json': json(secrets),
  });
  const templates = new Set(variants.map((v) => v.templateId)).size;
  const ignored = describeIgnoredFields(inputs.ignoredFields);
  noteWork('prompts', formatPartitionWork(run));
  console.log(`prompts: ${variants.length} variants for ${templates} templates (${dropped.length} dropped${unmatched.length ? `, ${unmatched.length} of them routed to templates the metadata does not have` : ''}${ignored ? `; ${ignored}` : ''})`);
}
