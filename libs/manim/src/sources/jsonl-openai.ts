import { isObject, isProblem, pairFromTurns, textOf, unknownFields, type RecordShape, type Turn } from './record';
import { readJsonlSource } from './jsonl-lines';
import type { SourcePlugin } from './plugin';

/** `{"messages": [{"role": "system"|"user"|"assistant", "content": ...}]}` — OpenAI fine-tuning format. */
export const openAiRecord: RecordShape = (value) => {
  if (!isObject(value) || !('messages' in value)) return null;
  const messages = value['messages'];
  if (!Array.isArray(messages)) return { field: 'messages', message: 'expected a list of messages' };
  const turns: Turn[] = messages.map((m) => {
    const role = isObject(m) ? m['role'] : undefined;
    return { role: role === 'user' || role === 'assistant' ? role : 'other', text: isObject(m) ? textOf(m['content']) : null };
  });
  const pair = pairFromTurns(turns, 'messages', 'content');
  return isProblem(pair) ? pair : { ...pair, ignored: unknownFields(value, ['messages'], { messages: ['role', 'content'] }) };
};

export const jsonlOpenAi: SourcePlugin = {
  kind: 'jsonl-openai',
  read: async (spec) => readJsonlSource(spec, openAiRecord, 'OpenAI {messages}'),
};
