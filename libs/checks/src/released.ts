import { SPLIT_NAMES, type ChatExample, type SplitName } from '@dataset/domain';
import type { ExampleRef } from './finding';
import type { LocatedExample } from './input';
import type { Redaction } from './secrets';

/** What the gates decided about the candidate: the examples to leave out and the texts to redact. */
export interface ReleaseDecisions {
  drop: readonly ExampleRef[];
  secrets: { redactions: readonly Redaction[] };
}

/**
 * The examples exactly as the release writes them: dropped ones left out, redactions applied, lines
 * renumbered per split. Every figure of the card, report and stats is computed from this, so none can
 * count an example the release does not hold or a value it does not show.
 */
export function releasedExamples(examples: readonly LocatedExample[], decisions: ReleaseDecisions): LocatedExample[] {
  const dropped = new Set(decisions.drop.map((d) => `${d.split}:${d.line}`));
  const { redactions } = decisions.secrets;
  const code = new Map(redactions.filter((r) => r.field === 'code').map((r) => [r.templateId, r.redactedText]));
  const prompt = new Map(redactions.filter((r) => r.field === 'prompt').map((r) => [`${r.templateId}\u0000${r.variantId}`, r.redactedText]));
  const system = new Map(redactions.filter((r) => r.field === 'system').map((r) => [r.templateId, r.redactedText]));
  const redact = (example: ChatExample): ChatExample => ({
    ...example,
    messages: example.messages.map((m) => {
      if (m.role === 'assistant') return { ...m, content: code.get(example.meta.templateId) ?? m.content };
      if (m.role === 'user') return { ...m, content: prompt.get(`${example.meta.templateId}\u0000${example.meta.promptVariant}`) ?? m.content };
      return { ...m, content: system.get(null) ?? m.content };
    }),
  });
  const lines: Record<SplitName, number> = { train: 0, validation: 0, test: 0 };
  return [...examples]
    .sort((a, b) => SPLIT_NAMES.indexOf(a.split) - SPLIT_NAMES.indexOf(b.split) || a.line - b.line)
    .filter((e) => !dropped.has(`${e.split}:${e.line}`))
    .map((e) => ({ split: e.split, line: (lines[e.split] += 1), example: redact(e.example) }));
}
