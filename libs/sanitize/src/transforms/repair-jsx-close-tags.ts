import type { ts } from 'ts-morph';
import type { TextTransformation } from '../step';

/** `< /div>` at the parser's error: a closing tag with a stray space after `<`. */
const SPACED_CLOSE_TAG = /^\/\s*[A-Za-z_$][\w$.:-]*\s*>/;
const IDENTIFIER_EXPECTED = 1003;
/** Bound on repairs per template, so a pathological text cannot loop. */
const MAX_REPAIRS = 200;

/**
 * Repairs JSX closing tags written `< /div>` (a known generation artefact). Guided by the parser: only where
 * it reports "identifier expected" at a `/` that directly follows `<` and whitespace and precedes a tag name
 * and `>` — a place where no valid program can have one — is the space removed; the text is re-parsed after
 * each repair, since one broken tag derails the errors after it.
 */
export const repairJsxCloseTags: TextTransformation = {
  name: 'repair-jsx-close-tags',
  apply(text, context) {
    if (!/<\s+\//.test(text)) return text;
    let repaired = text;
    let count = 0;
    while (count < MAX_REPAIRS) {
      const site = context.syntaxErrors(repaired).map((error) => spacedCloseTag(repaired, error)).find((found) => found !== undefined);
      if (site === undefined) break;
      repaired = repaired.slice(0, site.lessThan + 1) + repaired.slice(site.slash);
      count += 1;
    }
    if (count === 0) return text;
    context.fix('repaired-jsx-close-tag');
    return repaired;
  },
};

function spacedCloseTag(text: string, error: ts.Diagnostic): { lessThan: number; slash: number } | undefined {
  const slash = error.start;
  if (error.code !== IDENTIFIER_EXPECTED || slash === undefined || !SPACED_CLOSE_TAG.test(text.slice(slash))) return undefined;
  let lessThan = slash - 1;
  while (lessThan >= 0 && /\s/.test(text[lessThan]!)) lessThan -= 1;
  if (lessThan === slash - 1 || text[lessThan] !== '<') return undefined;
  return { lessThan, slash };
}
