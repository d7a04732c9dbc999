import type { ts } from 'ts-morph';
import { withEdits, type TextEdit } from '../scene-module';
import type { TextTransformation } from '../step';

/** `< /div>` at the parser's error: a closing tag with a stray space after `<`; matched at the `/`. */
const SPACED_CLOSE_TAG = /\/\s*[A-Za-z_$][\w$.:-]*\s*>/y;
const IDENTIFIER_EXPECTED = 1003;
/** Bound on repairs per template, so a pathological text cannot loop. */
const MAX_REPAIRS = 200;

/**
 * Repairs JSX closing tags written `< /div>` (a known generation artefact). Guided by the parser: only where
 * it reports "identifier expected" at a `/` that directly follows `<` and whitespace and precedes a tag name
 * and `>` — a place where no valid program can have one — is the space removed. Every such place the parser
 * reports is repaired at once, then the text is re-parsed for more, since one broken tag can hide the ones
 * after it: a few parses for a whole module rather than one per tag, which on a megabyte module was minutes.
 */
export const repairJsxCloseTags: TextTransformation = {
  name: 'repair-jsx-close-tags',
  apply(text, context) {
    if (!/<\s+\//.test(text)) return text;
    let repaired = text;
    let count = 0;
    while (count < MAX_REPAIRS) {
      const sites = spacedCloseTags(repaired, context.syntaxErrors(repaired)).slice(0, MAX_REPAIRS - count);
      if (sites.length === 0) break;
      repaired = withEdits(repaired, sites);
      count += sites.length;
    }
    if (count === 0) return text;
    context.fix('repaired-jsx-close-tag');
    return repaired;
  },
};

/** The space to remove at each spaced closing tag the parser reports. */
function spacedCloseTags(text: string, errors: readonly ts.Diagnostic[]): TextEdit[] {
  const sites = new Map<number, TextEdit>();
  for (const error of errors) {
    const slash = error.start;
    if (error.code !== IDENTIFIER_EXPECTED || slash === undefined || sites.has(slash)) continue;
    SPACED_CLOSE_TAG.lastIndex = slash;
    if (!SPACED_CLOSE_TAG.test(text)) continue;
    let lessThan = slash - 1;
    while (lessThan >= 0 && /\s/.test(text[lessThan]!)) lessThan -= 1;
    if (lessThan < slash - 1 && text[lessThan] === '<') sites.set(slash, { start: lessThan + 1, end: slash, text: '' });
  }
  return [...sites.values()];
}
