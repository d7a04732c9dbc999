import { basename } from 'node:path';
import { InputError } from '@dataset/domain';
import type { CleanSpec } from '../config';

/** What a dataset record says: a description and the code as stored (fences, prose and all). */
export interface RecordContent {
  description: string;
  text: string;
  /** Fields the record carried that the shape does not read (`id`, `messages[].name`): counted, never an error. */
  ignored: string[];
}

/** Why a record could not be read, with the field at fault (`messages[2].content`). */
export interface RecordProblem {
  field: string;
  message: string;
}

/** Reads one record of one shape; `null` means "not this shape at all" (so a reader can try another). */
export type RecordShape = (value: unknown) => RecordContent | RecordProblem | null;

export function isProblem<T extends object>(result: T | RecordProblem): result is RecordProblem {
  return 'field' in result;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Chat content is a string, or (newer exports) a list of `{type: "text", text}` parts. */
export function textOf(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    const parts = content.map((part) => (isObject(part) && typeof part['text'] === 'string' ? part['text'] : null));
    return parts.every((p) => p !== null) ? parts.join('') : null;
  }
  return null;
}

/** A list column may arrive as a real list (parquet) or as JSON text (CSV-ish exports). */
export function listOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value.trimStart().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  return null;
}

export interface Turn {
  role: 'user' | 'assistant' | 'other';
  text: string | null;
}

/**
 * The keys of `record` a shape does not read, as paths: its own beyond `known`, and those of the objects in
 * its list fields beyond `lists[field]` (`messages[].name`), each once.
 */
export function unknownFields(record: Record<string, unknown>, known: readonly string[], lists: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const unknown = new Set(Object.keys(record).filter((key) => !known.includes(key)));
  for (const [field, itemKeys] of Object.entries(lists)) {
    const items = record[field];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (isObject(item)) for (const key of Object.keys(item)) if (!itemKeys.includes(key)) unknown.add(`${field}[].${key}`);
    }
  }
  return [...unknown];
}

/** The first assistant turn and the user turn right before it: a description and its code. */
export function pairFromTurns(turns: readonly Turn[], listField: string, textField: string): Omit<RecordContent, 'ignored'> | RecordProblem {
  const answerAt = turns.findIndex((t) => t.role === 'assistant');
  if (answerAt < 0) return { field: listField, message: 'no assistant turn (the code)' };
  let askedAt = -1;
  for (let i = answerAt - 1; i >= 0; i--) {
    if (turns[i]!.role === 'user') {
      askedAt = i;
      break;
    }
  }
  if (askedAt < 0) return { field: listField, message: 'no user turn (the description) before the assistant turn' };
  const asked = turns[askedAt]!.text;
  const answer = turns[answerAt]!.text;
  if (asked === null || asked.trim() === '') return { field: `${listField}[${askedAt}].${textField}`, message: 'the description is empty or not text' };
  if (answer === null) return { field: `${listField}[${answerAt}].${textField}`, message: 'the code is not text' };
  return { description: asked.trim(), text: answer };
}

/** How a source's ignored fields name it: without absolute paths, which differ between machines. */
export function ignoredFieldSource(spec: CleanSpec): string {
  return `${spec.name} (${basename(spec.path)})`;
}

/** Throws when a source path is not what its kind needs: that is the config's fault, not an example's. */
export function sourcePathError(path: string, detail: string): InputError {
  return new InputError(path, null, null, detail);
}
