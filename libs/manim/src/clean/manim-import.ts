import type { ModuleFacts } from '../python/facts';
import { factsOf, keep, revise, type CleanRule } from './rule';

const MANIM_IMPORT = 'from manim import *';

export function importsManim(facts: ModuleFacts): boolean {
  return facts.statements.some((s) => (s.imports ?? []).some((i) => i.module === 'manim' || i.module.startsWith('manim.')));
}

/** Where an import may go: after a module docstring and any `from __future__` imports, else at the top. */
function insertionPoint(facts: ModuleFacts): number {
  let at = 0;
  for (const [index, s] of facts.statements.entries()) {
    const isDocstring = index === 0 && s.kind === 'other' && facts.docstring !== null;
    const isFuture = s.kind === 'from-import' && s.imports?.[0]?.module === '__future__';
    if (!isDocstring && !isFuture) break;
    at = s.end;
  }
  return at;
}

/** Any import from `manim` counts; with none, `from manim import *` is added. */
export const manimImport: CleanRule = {
  name: 'manim-import',
  apply: async (candidate, context) => {
    const facts = factsOf(candidate);
    if (importsManim(facts)) return keep(candidate);
    const at = insertionPoint(facts);
    const code = at === 0 ? `${MANIM_IMPORT}\n\n${candidate.code}` : `${candidate.code.slice(0, at)}\n${MANIM_IMPORT}\n${candidate.code.slice(at)}`;
    return revise(candidate, code, [{ rule: 'manim-import', code: 'MANIM_IMPORT_ADDED', message: `added \`${MANIM_IMPORT}\`` }], context, 'SYNTAX_ERROR');
  },
};
