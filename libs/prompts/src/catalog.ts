import { InputError, type CanonicalTemplate } from '@dataset/domain';
import type { CuratedPrompt, PromptOverrides } from './curated';
import type { DroppedPrompt } from './variants';

/** Everything one template's prompt variants depend on: the unit the `prompts` stage partitions by. */
export interface TemplatePromptInputs {
  template: CanonicalTemplate;
  curated: CuratedPrompt[];
  additional: string[];
}

/**
 * Groups curated prompts and overrides by template, in template id order. Curated files are kept by other
 * tools and route prompts to templates that may since have been retired: such a line is dropped and listed
 * (`unknown-template`), never fatal. The prompt overrides are ours, so an unknown template id there is an
 * input error: a typo would silently lose data otherwise.
 */
export function groupPromptInputs(
  metadata: readonly CanonicalTemplate[],
  curated: readonly CuratedPrompt[],
  overrides: PromptOverrides,
  overridesFile: string | null,
): { perTemplate: TemplatePromptInputs[]; unmatched: DroppedPrompt[] } {
  const ids = new Set(metadata.map((t) => t.id));
  const curatedByTemplate = new Map<string, CuratedPrompt[]>();
  const unmatched: DroppedPrompt[] = [];
  for (const prompt of curated) {
    if (!ids.has(prompt.templateId)) {
      unmatched.push({ templateId: prompt.templateId, text: prompt.text, reason: 'unknown-template' });
      continue;
    }
    curatedByTemplate.set(prompt.templateId, [...(curatedByTemplate.get(prompt.templateId) ?? []), prompt]);
  }
  for (const id of Object.keys(overrides)) {
    if (!ids.has(id)) throw new InputError(overridesFile ?? 'overrides.json', null, id, `unknown template "${id}"`);
  }
  const perTemplate = [...metadata]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((template) => ({
      template,
      curated: curatedByTemplate.get(template.id) ?? [],
      additional: overrides[template.id]?.additionalPrompts ?? [],
    }));
  return { perTemplate, unmatched };
}
