import type { DatasetConfig } from '@dataset/config';
import { describeIgnoredFields } from '@dataset/domain';
import { buildPromptVariants, groupPromptInputs } from '@dataset/prompts';
import { earlyScanSettings } from '@dataset/checks/early';
import { formatPartitionWork, materializePartitions } from '@dataset/partitions';
import { json, jsonl, writeAsset } from '../assets';
import { noteWork } from '../build-log';
import { loadPromptInputs } from '../inputs/prompts';
import { partitionStore, stageVersion } from '../partitions';
import { redactDroppedBriefs, refuseSecrets, scanBriefsEarly } from '../scan-early';

type ScannedBriefs = Awaited<ReturnType<typeof scanBriefsEarly>>;

/** Asset `prompts`: briefs per template from metadata, curated prompts and overrides — never from code. */
export async function materializePrompts(config: DatasetConfig): Promise<void> {
  const inputs = loadPromptInputs(config);
  const { perTemplate, unmatched } = groupPromptInputs(inputs.metadata, inputs.curated, inputs.overrides, inputs.overridesFile);
  const run = await materializePartitions(perTemplate, {
    version: stageVersion('prompts'),
    store: partitionStore('prompts'),
    // Where a curated line sits in which file does not change the brief; its text does. The briefs are scanned
    // for secrets here (checks.secrets.scanEarly), so a record holds them as the asset does: redacted.
    keyOf: ({ template, curated, additional }) => ({ template, curated: curated.map((c) => c.text), additional, secrets: earlyScanSettings(config.checks, template.id) }),
    compute: async (items) => {
      const scanned: ScannedBriefs[] = [];
      for (const { template, curated, additional } of items) scanned.push(await scanBriefsEarly(config, buildPromptVariants(template, curated, additional)));
      return scanned;
    },
    encode: (scanned) => JSON.stringify(scanned),
    decode: (text) => JSON.parse(text) as ScannedBriefs,
  });
  refuseSecrets('prompts', run.outputs.flatMap((o) => o.refusals));
  const variants = run.outputs.flatMap((o) => o.prompts.variants);
  const dropped = [...(await redactDroppedBriefs(config, unmatched)), ...run.outputs.flatMap((o) => o.prompts.dropped)];
  const secrets = { findings: run.outputs.flatMap((o) => o.secrets.findings), redacted: run.outputs.flatMap((o) => o.secrets.redacted) };
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
