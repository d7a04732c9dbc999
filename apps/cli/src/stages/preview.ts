import { SPLIT_NAMES } from '@dataset/domain';
import { readSplitExamples } from './upload';

const PREVIEW_COUNT = 3;
const CODE_LINES = 12;

/** Prints a few examples as they will be uploaded; writes nothing. */
export function preview(): void {
  const examples = readSplitExamples();
  const picked = SPLIT_NAMES.flatMap((split) => examples[split].slice(0, 1).map((e) => ({ split, e }))).slice(0, PREVIEW_COUNT);
  for (const { split, e } of picked) {
    console.log(`── ${split} · ${e.meta.templateId} · ${e.meta.promptVariant} ──`);
    for (const message of e.messages) {
      const lines = message.content.split('\n');
      const shown = message.role === 'assistant' && lines.length > CODE_LINES ? [...lines.slice(0, CODE_LINES), `… (${lines.length - CODE_LINES} more lines)`] : lines;
      console.log(`[${message.role}]\n${shown.join('\n')}`);
    }
    console.log('');
  }
  console.log(`preview: ${SPLIT_NAMES.map((s) => `${s} ${examples[s].length}`).join(', ')} examples; nothing written`);
}
