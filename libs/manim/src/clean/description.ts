import type { RejectionCode } from '../codes';
import { keep, reject, type CleanRule } from './rule';

export interface DescriptionProblem {
  code: Extract<RejectionCode, 'DESCRIPTION_PLACEHOLDER' | 'DESCRIPTION_TOO_THIN'>;
  message: string;
}

/** `[PENDING_DESCRIPTION]`, `[TODO]`, `<placeholder>`, `{description}`: a slot nobody filled. */
const BRACKETED_MARKER = /[[<{]\s*(?:pending|todo|tbd|fixme|xxx|placeholder|missing|insert|description|prompt|fill|no[ _-]?desc)[^\]>}]*[\]>}]/i;
/** The same markers written bare: anywhere for the unmistakable ones, else leading ("TODO: …"), so a "TODO list" scene is not one. */
const BARE_MARKER = /\b(?:PENDING_DESCRIPTION|NO_DESCRIPTION)\b|^(?:TODO|TBD|FIXME|PLACEHOLDER)\b\s*(?:[:\-–]|$)/;
const WHOLLY_PLACEHOLDER = /^(?:todo|tbd|n\/?a|none|null|undefined|nan|pending|untitled|description|placeholder|prompt|-+|\.+|\?+)$/i;
/** What scraping a documentation site leaves: heading anchors (¶), "Example from <page>:", link texts. */
const DOC_ARTEFACTS: readonly [RegExp, string][] = [
  [/¶/, 'a pilcrow (¶), a documentation heading anchor'],
  [/^\s*example\s+from\b[^:]*:/i, '"Example from …:", a documentation page caption'],
  [/\bpermalink to this\b|\[source\]|copy to clipboard/i, 'a documentation link text'],
];
/** A provenance line is not a task. */
const SOURCE_LINE = /^\s*source\s*:/i;

/**
 * Words every Manim request could carry: with only these and names left, a description asks for nothing in
 * particular ("Create a Manim animation using SquareToCircle"). Verbs that say what to do with a thing
 * (draw, rotate, fade) are not here: "Draw a circle" is a task.
 */
const BOILERPLATE = new Set(
  ('a an the this that these those of for with using use uses in on from by to and or as is it its me please some ' +
    'create make write generate build produce render code python py manim manimce community edition ce ' +
    'animation animations scene scenes video clip example examples demo demonstration class named called ' +
    'simple basic script program file snippet implementation implement showing shows show')
    .split(' '),
);

/** `SquareToCircle`, `ManimCELogo`, `make_arrow`: written as code, not as words. */
const looksLikeIdentifier = (word: string) => word.includes('_') || /\p{Ll}\p{Lu}/u.test(word) || /^\p{Lu}{2,}\p{Ll}/u.test(word);

/**
 * Whether a description can be a training prompt. `names` are the identifiers the example's code defines
 * (its classes and functions): a description made of them and boilerplate says nothing the code does not.
 * Calibrated to let ordinary short prompts through ("Draw a hexagon.", "Animate a circle turning into a
 * square"): only markers, artefacts and the absence of any content word reject.
 */
export function descriptionProblem(description: string, names: readonly string[] = []): DescriptionProblem | null {
  const text = description.trim();
  const marker = text.match(BRACKETED_MARKER)?.[0] ?? text.match(BARE_MARKER)?.[0] ?? (WHOLLY_PLACEHOLDER.test(text) || text === '' ? text || '(empty)' : null);
  if (marker !== null) return { code: 'DESCRIPTION_PLACEHOLDER', message: `the description is a placeholder (${JSON.stringify(marker)})` };
  for (const [pattern, what] of DOC_ARTEFACTS) {
    if (pattern.test(text)) return { code: 'DESCRIPTION_PLACEHOLDER', message: `the description holds ${what}: scraped, not written` };
  }
  if (SOURCE_LINE.test(text)) return { code: 'DESCRIPTION_TOO_THIN', message: 'the description only names where the code came from' };
  const defined = new Set(names.map((n) => n.toLowerCase()));
  const words = text.match(/[\p{L}_][\p{L}\p{N}_]*|\p{N}+/gu) ?? [];
  const content = words.filter((w) => !BOILERPLATE.has(w.toLowerCase()) && !defined.has(w.toLowerCase()) && !looksLikeIdentifier(w));
  if (content.length === 0) {
    const named = words.filter((w) => defined.has(w.toLowerCase()) || looksLikeIdentifier(w));
    return { code: 'DESCRIPTION_TOO_THIN', message: named.length > 0 ? `the description says nothing beyond the name${named.length > 1 ? 's' : ''} ${named.join(', ')}` : 'the description asks for nothing in particular' };
  }
  return null;
}

/** Class and function names in code as found: a regex, as the code may not parse yet (flattened, fenced). */
export function definedNames(text: string): string[] {
  return [...text.matchAll(/\b(?:class|def)\s+([A-Za-z_]\w*)/g)].map((m) => m[1]!);
}

/**
 * A placeholder or empty prompt would be learned as a prompt, so such an example is rejected whatever its
 * source. It runs first: what is wrong with the description matters whether or not the code parses. An
 * example without any description (a repository scene nobody described) passes: it stays pending, never
 * trained on.
 */
export const describedTask: CleanRule = {
  name: 'description',
  apply: async (candidate) => {
    const { description } = candidate.example;
    if (description === null) return keep(candidate);
    const problem = descriptionProblem(description, definedNames(candidate.code));
    return problem ? reject(problem.code, problem.message) : keep(candidate);
  },
};
