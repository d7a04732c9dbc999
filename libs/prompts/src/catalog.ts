import { InputError, type CanonicalTemplate, type PromptVariant } from '@dataset/domain';
import type { CuratedPrompt, PromptOverrides } from './curated';
import { buildPromptVariants, type DroppedPrompt } from './variants';

export interface PromptCatalog {
  variants: PromptVariant[];
  dropped: DroppedPrompt[];
}

/**
 * The `prompts` asset: variants for every template in metadata order of id. A curated line or override
 * naming an unknown template is an input error (a typo there silently loses data otherwise).
 */
export function buildPromptCatalog(
  metadata: readonly CanonicalTemplate[],
  curated: readonly CuratedPrompt[],
  overrides: PromptOverrides,
  overridesFile: string | null,
): PromptCatalog {
  const ids = new Set(metadata.map((t) => t.id));
  const curatedByTemplate = new Map<string, CuratedPrompt[]>();
  for (const prompt of curated) {
    if (!ids.has(prompt.templateId)) {
      throw new InputError(prompt.file, prompt.line, 'template id', `unknown template "${prompt.templateId}"`);
    }
    curatedByTemplate.set(prompt.templateId, [...(curatedByTemplate.get(prompt.templateId) ?? []), prompt]);
  }
  for (const id of Object.keys(overrides)) {
    if (!ids.has(id)) throw new InputError(overridesFile ?? 'overrides.json', null, id, `unknown template "${id}"`);
  }
  const variants: PromptVariant[] = [];
  const dropped: DroppedPrompt[] = [];
  for (const template of [...metadata].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const built = buildPromptVariants(template, curatedByTemplate.get(template.id) ?? [], overrides[template.id]?.additionalPrompts ?? []);
    variants.push(...built.variants);
    dropped.push(...built.dropped);
  }
  return { variants, dropped };
}
