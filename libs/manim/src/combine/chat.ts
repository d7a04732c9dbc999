import type { ChatMessage } from '@dataset/domain';
import type { CleanedExample } from '../model';

/** The one fence the dataset adds; cleaning removed any the source had, so it is never doubled. */
export function fenced(code: string): string {
  return '```python\n' + code.trimEnd() + '\n```';
}

export function chatMessages(example: CleanedExample, systemPrompt: string): ChatMessage[] {
  if (example.description === null) throw new Error(`${example.exampleId} has no description: it cannot become a chat example`);
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: example.description },
    { role: 'assistant', content: fenced(example.code) },
  ];
}
