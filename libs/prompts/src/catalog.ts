import { InputError, type CanonicalTemplate } from '@dataset/domain';
import type { CuratedPrompt, PromptOverrides } from './curated';

/** Everything one template's prompt variants depend on: the unit the `prompts` stage partitions by. */
export interface TemplatePromptInputs {
  template: CanonicalTemplate;
  curated: CuratedPrompt[];
  additional: string[];
}

/**
 * Groups curated prompts and overrides by template, in template id order. A curated line or override
 * naming an unknown template is an input error: a typo there would silently lose data otherwise.
 */
export function groupPromptInputs(
  metadata: readonly CanonicalTemplate[],
  curated: readonly CuratedPrompt[],
  overrides: PromptOverrides,
  overridesFile: string | null,
): TemplatePromptInputs[] {
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
  return [...metadata]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((template) => ({
      template,
      curated: curatedByTemplate.get(template.id) ?? [],
      additional: overrides[template.id]?.additionalPrompts ?? [],
    }));
}
