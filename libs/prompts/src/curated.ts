import { basename } from 'node:path';
import { z } from 'zod';
import { IgnoredFieldTally, InputError, VideoFormat, issueField, parseJsonDocument, parseOutsideRecord } from '@dataset/domain';

/** A hand-written brief routed to one template, from either of the shapes found in the wild. */
export interface CuratedPrompt {
  templateId: string;
  text: string;
  /** Where it came from, so a bad line can be found again. */
  file: string;
  line: number;
}

// Written by other tools (routing datasets, chat exports): `z.object`, so the fields they add beside ours
// (`template_name`, `db_id`, a chat line's `metadata`, a message's `name`) are ignored and counted, not errors.
const FlatShape = z.object({ prompt: z.string().min(1), expected_template_id: z.string().min(1) });
const ChatShape = z.object({
  messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(2),
});

/**
 * Parses a curated prompts JSONL file; errors name the file, line and field. Fields a line carries beyond
 * the shape's are counted in `ignored`.
 */
export function parseCuratedPrompts(text: string, file: string, ignored = new IgnoredFieldTally()): CuratedPrompt[] {
  const source = `curated prompts (${basename(file)})`;
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
    const parsed = parseOutsideRecord(isChat ? ChatShape : FlatShape, json);
    if (!parsed.success) {
      const { issue } = parsed;
      throw new InputError(file, line, issueField(issue) || null, `${issue.message} (expected {prompt, expected_template_id} or {messages})`);
    }
    ignored.add(source, parsed.ignored);
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

/** One template's entry in `overrides.json`; other keys an entry carries (notes, authors…) are ignored and counted. */
const PromptOverride = z.object({ additionalPrompts: z.array(z.string().min(1)).default([]) });
export type PromptOverrides = Record<string, z.infer<typeof PromptOverride>>;

/** `{ "<templateId>": { "additionalPrompts": [...] } }`; errors name the template and field. */
export function parsePromptOverrides(text: string, file: string, ignored = new IgnoredFieldTally()): PromptOverrides {
  const source = `prompt overrides (${basename(file)})`;
  const entries = parseJsonDocument(text, z.record(z.string(), z.unknown()), file);
  return Object.fromEntries(
    Object.entries(entries).map(([templateId, entry]) => {
      const parsed = parseOutsideRecord(PromptOverride, entry);
      if (!parsed.success) {
        const field = issueField(parsed.issue);
        throw new InputError(file, null, field ? `${templateId}.${field}` : templateId, parsed.issue.message);
      }
      ignored.add(source, parsed.ignored);
      return [templateId, parsed.data];
    }),
  );
}
