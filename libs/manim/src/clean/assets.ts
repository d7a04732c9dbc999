import type { CallFacts, ModuleFacts } from '../python/facts';
import { categorize, contextWords, labelFor, placeholderFor } from './asset-placeholders';
import { factsOf, keep, revise, type AppliedFix, type CleanRule } from './rule';

const RULE = 'assets';
const LOADERS: Readonly<Record<string, 'image' | 'svg'>> = { ImageMobject: 'image', SVGMobject: 'svg' };
const PATH_KEYWORDS = ['filename_or_array', 'file_name', 'filename', 'sound_file', 'path'];

interface Edit {
  start: number;
  end: number;
  text: string;
  /** What to write instead if the edit leaves a block empty. */
  fallback?: string;
}

/** The call's file argument: first positional, or a file-ish keyword. */
function pathArgument(call: CallFacts) {
  return call.args[0] ?? call.keywords.find((k) => k.keyword !== null && PATH_KEYWORDS.includes(k.keyword)) ?? null;
}

/** The variable a call's result is stored in (`logo = SVGMobject(...).scale(2)` → "logo"), if any. */
function storedIn(facts: ModuleFacts, call: CallFacts): string | null {
  const holders = facts.assignments.filter((a) => a.start <= call.start && call.end <= a.end);
  holders.sort((a, b) => a.end - a.start - (b.end - b.start));
  return holders[0]?.name ?? null;
}

/** Size and colour given to the loader are kept by restating them on the placeholder. */
function carriedOptions(call: CallFacts): string {
  const chain: string[] = [];
  for (const option of call.keywords) {
    if (option.keyword === 'height') chain.push(`.scale_to_fit_height(${option.source})`);
    if (option.keyword === 'width') chain.push(`.scale_to_fit_width(${option.source})`);
    if (option.keyword === 'color' || option.keyword === 'fill_color') chain.push(`.set_color(${option.source})`);
  }
  return chain.join('');
}

/** Removing a whole statement line is cleanest; `pass` in its place keeps a block that would be empty. */
function removeStatement(code: string, statement: NonNullable<CallFacts['statement']>): Edit {
  const lineStart = code.lastIndexOf('\n', statement.start - 1) + 1;
  const lineEnd = code.indexOf('\n', statement.end);
  const ownsLine = code.slice(lineStart, statement.start).trim() === '' && code.slice(statement.end, lineEnd < 0 ? code.length : lineEnd).trim() === '';
  if (!ownsLine) return { start: statement.start, end: statement.end, text: 'pass' };
  // Without a following newline the removal eats the one before, so the code keeps no trailing blank line.
  const start = lineEnd < 0 ? Math.max(0, lineStart - 1) : lineStart;
  return { start, end: lineEnd < 0 ? code.length : lineEnd + 1, text: '', fallback: code.slice(start, statement.start) + 'pass' + (lineEnd < 0 ? '' : '\n') };
}

function applyEdits(code: string, edits: readonly Edit[], useFallbacks: boolean): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((text, e) => text.slice(0, e.start) + (useFallbacks && e.fallback !== undefined ? e.fallback : e.text) + text.slice(e.end), code);
}

/**
 * Assets the code loads but nobody has (images, SVGs, sounds) are replaced by context-aware stand-ins:
 * the loader call alone is swapped, so `.scale()`, `.to_edge()`, `.move_to()` around it stay as written.
 */
export const assets: CleanRule = {
  name: RULE,
  apply: async (candidate, context) => {
    const facts = factsOf(candidate);
    const edits: Edit[] = [];
    const fixes: AppliedFix[] = [];
    for (const call of facts.calls) {
      const short = call.func.split('.').pop()!;
      const loader = LOADERS[short];
      const isSound = short === 'add_sound';
      if (!loader && !isSound) continue;
      // Only a path known without running the scene can be missing: `ImageMobject(pixels)` or
      // `ImageMobject(np.uint8(...))` builds the image from numbers, and a computed path may well exist.
      const path = pathArgument(call)?.literal ?? null;
      if (path === null || context.assetExists(candidate.example, path)) continue;
      const shown = JSON.stringify(path);
      if (edits.some((e) => e.start <= call.start && call.end <= e.end)) continue;
      if (isSound) {
        edits.push(call.statement ? removeStatement(candidate.code, call.statement) : { start: call.start, end: call.end, text: 'None' });
        fixes.push({ rule: RULE, code: 'ASSET_SOUND_REMOVED', message: `removed ${call.func}(${shown}): the sound file is not there` });
        continue;
      }
      const variable = storedIn(facts, call);
      const words = contextWords(path, variable);
      const placeholder = placeholderFor(categorize(words, loader!), words, labelFor(path, variable));
      edits.push({ start: call.start, end: call.end, text: placeholder.expression + carriedOptions(call) });
      fixes.push({ rule: RULE, code: placeholder.fix, message: `${short}(${shown}) is not there: replaced by ${placeholder.describes}` });
    }
    if (edits.length === 0) return keep(candidate);
    const removed = applyEdits(candidate.code, edits, false);
    const code = (await context.checker.analyze(removed)).ok ? removed : applyEdits(candidate.code, edits, true);
    return revise(candidate, code, fixes, context, 'ASSET_REPLACEMENT_FAILED');
  },
};
