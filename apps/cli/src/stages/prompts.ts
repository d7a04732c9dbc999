import type { DatasetConfig } from '@dataset/config';
import { buildPromptCatalog } from '@dataset/prompts';
import { json, toJsonl, writeAsset } from '../assets';
import { loadPromptInputs } from '../inputs';

/** Asset `prompts`: briefs per template from metadata, curated prompts and overrides — never from code. */
export function materializePrompts(config: DatasetConfig): void {
  const inputs = loadPromptInputs(config);
  const catalog = buildPromptCatalog(inputs.metadata, inputs.curated, inputs.overrides, inputs.overridesFile);
  writeAsset('prompts', { 'variants.jsonl': toJsonl(catalog.variants), 'dropped.json': json(catalog.dropped) });
  const templates = new Set(catalog.variants.map((v) => v.templateId)).size;
  console.log(`prompts: ${catalog.variants.length} variants for ${templates} templates (${catalog.dropped.length} dropped)`);
}
