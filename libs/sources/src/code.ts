import type { Rejection } from '@dataset/domain';

/** Code that was found but cannot be used as text: `raw` refuses its template with this code and message. */
export interface UnreadableCode {
  refused: 'CODE_INVALID_UTF8' | 'CODE_NUL_BYTE';
  message: string;
}

/** A template's code as a source holds it: text, or why it is not usable text. */
export type FoundCode = string | UnreadableCode;

// `fatal`: a byte sequence that is not UTF-8 is an error, not a silent U+FFFD. `ignoreBOM`: a byte order mark
// stays in the text, as reading the file as 'utf8' kept it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A code file's bytes as text; `file` names it in the refusal (relative, as it must read the same on every machine). */
export function decodeCode(bytes: Uint8Array, file: string): FoundCode {
  try {
    return utf8.decode(bytes);
  } catch {
    return { refused: 'CODE_INVALID_UTF8', message: `${file} is not valid UTF-8` };
  }
}

/** Code `raw` keeps (its text), or refuses with a stable code and a message. */
export type CheckedCode = { usable: true; text: string } | ({ usable: false } & Pick<Rejection, 'code' | 'message'>);

/**
 * Whether `raw` keeps code it found: not when unreadable, over the size limit (checked first, before anything
 * reads the text), or holding a NUL byte, which PostgreSQL text cannot hold and no TSX module contains.
 */
export function checkCode(code: FoundCode, maxCodeBytes: number): CheckedCode {
  if (typeof code !== 'string') return refused(code);
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > maxCodeBytes) return { usable: false, code: 'CODE_TOO_LARGE', message: `${bytes} bytes of code, over maxCodeBytes (${maxCodeBytes})` };
  const nul = code.indexOf('\u0000');
  if (nul >= 0) return refused(nulByte(nul));
  return { usable: true, text: code };
}

function refused(why: UnreadableCode): CheckedCode {
  return { usable: false, code: why.refused, message: why.message };
}

/** The refusal of code holding a NUL byte at character `at`. */
export function nulByte(at: number): UnreadableCode {
  return { refused: 'CODE_NUL_BYTE', message: `the code holds a NUL byte (U+0000) at character ${at}` };
}
