import { z } from 'zod';
import { SPLIT_NAMES, type SplitName } from '@dataset/domain';
import type { Finding, ExampleRef } from './finding';
import { describeRef } from './finding';
import type { LocatedExample } from './input';
import { uploadLine } from './input';

/**
 * One line of an OpenAI chat fine-tuning file, as strict as the API: unknown keys are rejected
 * at the top level and inside messages.
 */
export const FineTuneRole = z.enum(['system', 'user', 'assistant', 'tool', 'function']);
export const FineTuneMessage = z.strictObject({
  role: FineTuneRole,
  content: z.string().refine((text) => text.trim() !== '', { message: 'content is empty' }),
  name: z.string().optional(),
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
  tool_calls: z.array(z.unknown()).optional(),
  tool_call_id: z.string().optional(),
  function_call: z.unknown().optional(),
});
export const FineTuneLine = z.strictObject({
  messages: z.array(FineTuneMessage).min(1),
  tools: z.array(z.unknown()).optional(),
  functions: z.array(z.unknown()).optional(),
  parallel_tool_calls: z.boolean().optional(),
});

export const FORMAT_RULES = {
  invalidJson: 'FORMAT_INVALID_JSON',
  blankLine: 'FORMAT_BLANK_LINE',
  notObject: 'FORMAT_NOT_OBJECT',
  missingMessages: 'FORMAT_MISSING_MESSAGES',
  messageNotObject: 'FORMAT_MESSAGE_NOT_OBJECT',
  missingRole: 'FORMAT_MESSAGE_MISSING_ROLE',
  missingContent: 'FORMAT_MESSAGE_MISSING_CONTENT',
  unknownKey: 'FORMAT_UNKNOWN_KEY',
  unknownRole: 'FORMAT_UNKNOWN_ROLE',
  emptyContent: 'FORMAT_EMPTY_CONTENT',
  invalidContent: 'FORMAT_INVALID_CONTENT',
  invalidField: 'FORMAT_INVALID_FIELD',
  noAssistant: 'FORMAT_NO_ASSISTANT_MESSAGE',
  metaMisaligned: 'FORMAT_META_MISALIGNED',
  fewTraining: 'FORMAT_FEW_TRAINING_EXAMPLES',
} as const;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(line)';
}

/** Which class of API rejection a zod issue is; the raw value tells "missing" from "wrong". */
function classify(issue: z.core.$ZodIssue, value: unknown): { rule: string; detail: string } {
  const path = issue.path;
  const at = valueAt(value, path);
  const last = path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    return { rule: FORMAT_RULES.unknownKey, detail: `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} at ${pathText(path)}` };
  }
  if (path.length === 0) return { rule: FORMAT_RULES.notObject, detail: 'the line is not a JSON object' };
  if (path.length === 1 && last === 'messages') {
    return { rule: FORMAT_RULES.missingMessages, detail: at === undefined ? 'no "messages" key' : '"messages" must be a non-empty array' };
  }
  if (path.length === 2 && path[0] === 'messages') {
    return { rule: FORMAT_RULES.messageNotObject, detail: `${pathText(path)} is not an object` };
  }
  if (path[0] === 'messages' && last === 'role') {
    return at === undefined
      ? { rule: FORMAT_RULES.missingRole, detail: `${pathText(path.slice(0, -1))} has no role` }
      : { rule: FORMAT_RULES.unknownRole, detail: `${pathText(path)} is not one of ${FineTuneRole.options.join(', ')}` };
  }
  if (path[0] === 'messages' && last === 'content') {
    if (at === undefined || at === null) return { rule: FORMAT_RULES.missingContent, detail: `${pathText(path.slice(0, -1))} has no content` };
    if (typeof at === 'string') return { rule: FORMAT_RULES.emptyContent, detail: `${pathText(path)} is empty` };
    return { rule: FORMAT_RULES.invalidContent, detail: `${pathText(path)} is not a string` };
  }
  return { rule: FORMAT_RULES.invalidField, detail: `${pathText(path)}: ${issue.message}` };
}

/** Format findings for one upload line (no finding = the API would accept it). */
export function lineFormatFindings(text: string): { rule: string; detail: string }[] {
  if (text.trim() === '') return [{ rule: FORMAT_RULES.blankLine, detail: 'blank line' }];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ rule: FORMAT_RULES.invalidJson, detail: `not valid JSON (${(error as Error).message})` }];
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ rule: FORMAT_RULES.notObject, detail: 'the line is not a JSON object' }];
  }
  const problems = new Map<string, string>();
  const parsed = FineTuneLine.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { rule, detail } = classify(issue, value);
      if (!problems.has(rule)) problems.set(rule, detail);
    }
  }
  const messages = (value as { messages?: unknown }).messages;
  if (Array.isArray(messages) && messages.length > 0 && !messages.some((m) => (m as { role?: unknown } | null)?.role === 'assistant')) {
    problems.set(FORMAT_RULES.noAssistant, 'no assistant message to learn from');
  }
  return [...problems].map(([rule, detail]) => ({ rule, detail }));
}

function linesOf(text: string): string[] {
  const lines = text.split('\n');
  // the final newline of a JSONL file ends the last line; it does not start an empty one
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Every upload line against the fine-tuning schema, each line against its meta-aligned example,
 * and the size of the training file.
 */
export function checkUploadFormat(
  examples: readonly LocatedExample[],
  uploadFiles: Partial<Record<SplitName, string>> | undefined,
  minTrainingExamples: number,
): Finding[] {
  const findings: Finding[] = [];
  const byPlace = new Map(examples.map((e) => [`${e.split}:${e.line}`, e]));
  let validTraining = 0;
  for (const split of SPLIT_NAMES) {
    const ofSplit = examples.filter((e) => e.split === split).sort((a, b) => a.line - b.line);
    const given = uploadFiles?.[split];
    // Without upload files, the lines are the examples' own upload lines in line order: serialized once,
    // never joined into one file-sized string.
    const derived = given === undefined && uploadFiles === undefined;
    const lines = given !== undefined ? linesOf(given) : derived ? ofSplit.map((e) => uploadLine(e.example)) : [];
    lines.forEach((lineText, index) => {
      const located = byPlace.get(`${split}:${index + 1}`);
      const ref: ExampleRef | undefined = located ? { split, line: index + 1, templateId: located.example.meta.templateId } : undefined;
      const where = ref ? describeRef(ref) : `${split}.jsonl line ${index + 1}`;
      const problems = lineFormatFindings(lineText);
      for (const { rule, detail } of problems) findings.push({ rule, level: 'error', ...(ref ? { exampleRef: ref } : {}), message: `${where}: ${detail}` });
      if (problems.length === 0 && split === 'train') validTraining += 1;
      if (!located) {
        findings.push({ rule: FORMAT_RULES.metaMisaligned, level: 'error', message: `${where}: no meta line for this upload line` });
      } else if (problems.length === 0 && !(derived && located === ofSplit[index]) && lineText !== uploadLine(located.example)) {
        findings.push({ rule: FORMAT_RULES.metaMisaligned, level: 'error', exampleRef: ref!, message: `${where}: upload messages differ from the example its meta line describes` });
      }
    });
    for (const missing of ofSplit.filter((e) => e.line > lines.length)) {
      const ref = { split, line: missing.line, templateId: missing.example.meta.templateId };
      findings.push({ rule: FORMAT_RULES.metaMisaligned, level: 'error', exampleRef: ref, message: `${describeRef(ref)}: meta line has no upload line` });
    }
  }
  if (validTraining < minTrainingExamples) {
    findings.push({
      rule: FORMAT_RULES.fewTraining,
      level: 'warning',
      message: `train.jsonl has ${validTraining} valid example(s); fine-tuning needs at least ${minTrainingExamples}`,
    });
  }
  return findings;
}
