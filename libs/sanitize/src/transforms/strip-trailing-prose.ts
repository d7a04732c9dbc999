import type { TextTransformation } from '../step';
import { isBlank, looksLikeCode } from './prose';

/** How far above the first syntax error the end of the code is looked for. */
const LOOKBACK_LINES = 40;

/**
 * Drops an explanation after the code ("This scene fades in…"). The parser's first error marks where the
 * prose starts; the code ends at the nearest line above it after which nothing looks like code and before
 * which everything parses.
 */
export const stripTrailingProse: TextTransformation = {
  name: 'strip-trailing-prose',
  apply(text, context) {
    const errors = context.syntaxErrors(text);
    const first = errors[0];
    if (first?.start === undefined) return text;
    const lines = text.split('\n');
    const errorLine = text.slice(0, first.start).split('\n').length - 1;
    // Found once, not per candidate: rescanning the whole tail for each of 40 candidates is 40 passes over megabytes.
    const lastCodeLine = lines.findLastIndex(looksLikeCode);
    for (let last = errorLine - 1; last >= Math.max(0, errorLine - LOOKBACK_LINES); last -= 1) {
      if (isBlank(lines[last]!)) continue;
      if (lastCodeLine > last) return text;
      const code = lines.slice(0, last + 1).join('\n');
      if (context.syntaxErrors(code).length === 0) {
        if (lines.slice(last + 1).some((line) => !isBlank(line))) context.fix('stripped-prose');
        return code;
      }
    }
    return text;
  },
};

