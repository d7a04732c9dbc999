import { isObject, isProblem, pairFromTurns, textOf, unknownFields, type RecordShape, type Turn } from './record';
import { readJsonlSource } from './jsonl-lines';
import type { SourcePlugin } from './plugin';

const USER = new Set(['human', 'user']);
const ASSISTANT = new Set(['gpt', 'assistant', 'chatgpt', 'bot', 'model']);

/** `{"conversations": [{"from": "human"|"gpt"|"system", "value": ...}]}` — ShareGPT format. */
export const shareGptRecord: RecordShape = (value) => {
  if (!isObject(value) || !('conversations' in value)) return null;
  const conversations = value['conversations'];
  if (!Array.isArray(conversations)) return { field: 'conversations', message: 'expected a list of turns' };
  const turns: Turn[] = conversations.map((c) => {
    const from = isObject(c) && typeof c['from'] === 'string' ? c['from'].toLowerCase() : '';
    const role = USER.has(from) ? 'user' : ASSISTANT.has(from) ? 'assistant' : 'other';
    return { role, text: isObject(c) ? textOf(c['value']) : null };
  });
  const pair = pairFromTurns(turns, 'conversations', 'value');
  return isProblem(pair) ? pair : { ...pair, ignored: unknownFields(value, ['conversations'], { conversations: ['from', 'value'] }) };
};

export const jsonlShareGpt: SourcePlugin = {
  kind: 'jsonl-sharegpt',
  read: async (spec) => readJsonlSource(spec, shareGptRecord, 'ShareGPT {conversations}'),
};
