import type { TextTransformation } from '../step';
import { isBlank, looksLikeCode, startsCode } from './prose';

/** Drops a preamble ("Here is the scene:") before the first line that starts code, when the text does not parse as is. */
export const stripLeadingProse: TextTransformation = {
  name: 'strip-leading-prose',
  apply(text, context) {
    const lines = text.split('\n');
    const start = lines.findIndex(startsCode);
    if (start <= 0) return text;
    const preamble = lines.slice(0, start);
    if (preamble.every(isBlank) || preamble.some(looksLikeCode)) return text;
    if (context.syntaxErrors(text).length === 0) return text;
    context.fix('stripped-prose');
    return lines.slice(start).join('\n');
  },
};
