import { z } from 'zod';
import { InputError, VideoFormat, issueField, parseJsonDocument } from '@dataset/domain';

/** A hand-written brief routed to one template, from either of the shapes found in the wild. */
export interface CuratedPrompt {
  templateId: string;
  text: string;
  /** Where it came from, so a bad line can be found again. */
  file: string;
  line: number;
}

const FlatShape = z.strictObject({ prompt: z.string().min(1), expected_template_id: z.string().min(1) });
const ChatShape = z.strictObject({
  messages: z
    .array(z.strictObject({ role: z.enum(['system', 'user', 'assistant']), content: z.string() }))
    .min(2),
});

/** Parses a curated prompts JSONL file; errors name the file, line and field. */
export function parseCuratedPrompts(text: string, file: string): CuratedPrompt[] {
  const prompts: CuratedPrompt[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new InputError(file, line, null, `not valid JSON (${(error as Error).message})`);
    }
    const isChat = typeof json === 'object' && json !== null && 'messages' in json;
    const parsed = (isChat ? ChatShape : FlatShape).safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issueField(issue);
      throw new InputError(file, line, field || null, `${issue.message} (expected {prompt, expected_template_id} or {messages})`);
    }
    if ('prompt' in parsed.data) {
      prompts.push({ templateId: parsed.data.expected_template_id.trim(), text: parsed.data.prompt, file, line });
      return;
    }
    const messages = parsed.data.messages;
    const user = messages.find((m) => m.role === 'user');
    const assistant = messages.find((m) => m.role === 'assistant');
    if (!user || user.content.trim() === '') throw new InputError(file, line, 'messages', 'no user message with content');
    if (!assistant || assistant.content.trim() === '') {
      throw new InputError(file, line, 'messages', 'no assistant message naming the template id');
    }
    prompts.push({ templateId: assistant.content.trim(), text: user.content, file, line });
  });
  return prompts;
}

/** A leading `format:<fmt>` tag, as routing datasets write it, split from the brief. */
export function splitFormatTag(text: string): { format: VideoFormat | null; text: string } {
  const match = /^\s*format\s*:\s*([a-z]+)\s*[-:,.]?\s*/i.exec(text);
  if (!match) return { format: null, text: text.trim() };
  const format = VideoFormat.safeParse(match[1]!.toLowerCase());
  if (!format.success) return { format: null, text: text.trim() };
  return { format: format.data, text: text.slice(match[0].length).trim() };
}

export const PromptOverrides = z.record(
  z.string(),
  z.strictObject({ additionalPrompts: z.array(z.string().min(1)).default([]) }),
);
export type PromptOverrides = z.infer<typeof PromptOverrides>;

export function parsePromptOverrides(text: string, file: string): PromptOverrides {
  return parseJsonDocument(text, PromptOverrides, file);
}
