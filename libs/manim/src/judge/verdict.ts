import { sha256, type ChatMessage } from '@dataset/domain';
import { fenced } from '../combine/chat';

export interface Verdict {
  match: boolean;
  reason: string;
}

const INSTRUCTIONS =
  'You check a fine-tuning dataset of Manim Community Edition scenes. Given a description and the Python code ' +
  'paired with it, decide whether the code animates what the description asks for (minor stylistic ' +
  'differences are fine; missing or different content is not). Answer with JSON only: ' +
  '{"match": true|false, "reason": "<one sentence>"}';

export function judgeMessages(description: string, code: string): ChatMessage[] {
  return [
    { role: 'system', content: INSTRUCTIONS },
    { role: 'user', content: `Description:\n${description}\n\nCode:\n${fenced(code)}` },
  ];
}

/** The cache key: the same pair asked of the same model is never asked twice. */
export function verdictKey(model: string, description: string, code: string): string {
  return sha256(`${model}\u0000${description}\u0000${code}`);
}

/** Reads the model's answer: JSON when it complied, a leading yes/no when it did not; else null. */
export function parseVerdict(answer: string): Verdict | null {
  const json = /\{[\s\S]*\}/.exec(answer)?.[0];
  if (json) {
    try {
      const value = JSON.parse(json) as { match?: unknown; reason?: unknown };
      if (typeof value.match === 'boolean') return { match: value.match, reason: typeof value.reason === 'string' ? value.reason : '' };
    } catch {
      // fall through to the yes/no reading
    }
  }
  const word = /^\W*(yes|no|true|false)\b/i.exec(answer)?.[1]?.toLowerCase();
  if (word) return { match: word === 'yes' || word === 'true', reason: answer.trim().slice(0, 300) };
  return null;
}
