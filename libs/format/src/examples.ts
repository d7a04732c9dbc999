import type { ChatExample, PromptVariant, SanitizedScene, SplitAssignment, SplitName } from '@dataset/domain';

export type ExamplesBySplit = Record<SplitName, ChatExample[]>;

/**
 * One chat example per (kept scene × prompt variant): system instruction, the brief, and the sanitized
 * module verbatim. Order is split → template id → variant order, so the output is reproducible.
 */
export function buildChatExamples(
  scenes: readonly SanitizedScene[],
  prompts: readonly PromptVariant[],
  assignments: readonly SplitAssignment[],
  systemPrompt: string,
): ExamplesBySplit {
  const promptsByTemplate = new Map<string, PromptVariant[]>();
  for (const prompt of prompts) {
    promptsByTemplate.set(prompt.templateId, [...(promptsByTemplate.get(prompt.templateId) ?? []), prompt]);
  }
  const splitOf = new Map(assignments.map((a) => [a.templateId, a.split]));
  const out: ExamplesBySplit = { train: [], validation: [], test: [] };
  for (const scene of [...scenes].sort((a, b) => (a.templateId < b.templateId ? -1 : 1))) {
    const split = splitOf.get(scene.templateId);
    if (!split) continue;
    for (const prompt of promptsByTemplate.get(scene.templateId) ?? []) {
      out[split].push({
        messages: [
          { role: 'system', content: systemPrompt },
          { role: 'user', content: prompt.text },
          { role: 'assistant', content: scene.code },
        ],
        meta: {
          templateId: scene.templateId,
          dbId: scene.sourceType === 'db' ? scene.sourceId : null,
          registryId: scene.sourceType === 'registry' ? scene.sourceId : null,
          duration: scene.duration,
          supportedFormats: scene.supportedFormats,
          promptVariant: prompt.variantId,
          codeSha256: scene.codeSha256,
        },
      });
    }
  }
  return out;
}
