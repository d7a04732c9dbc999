import { formatScene } from './formatting';
import { printWithoutComments } from './printing';
import { parseTsx } from './syntax';

/**
 * The code with comments, whitespace and formatting removed, for exact-duplicate detection: printed by the
 * sanitizer's comment-free printer, formatted with its prettier configuration (so quotes, parentheses and
 * trailing commas agree), then every run of whitespace collapsed to one space. Text prettier cannot format
 * keeps the printer's form.
 */
export async function normalizeCodeForDedup(code: string): Promise<string> {
  const printed = printWithoutComments(parseTsx(code));
  let formatted: string;
  try {
    formatted = await formatScene(printed);
  } catch {
    formatted = printed;
  }
  return formatted.replace(/\s+/g, ' ').trim();
}

