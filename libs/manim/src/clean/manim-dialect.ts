import type { ModuleFacts } from '../python/facts';
import { factsOf, keep, reject, type CleanRule } from './rule';

/** Names that exist only in ManimGL (3b1b/manim); Manim Community spells them differently or not at all. */
const MANIMGL_NAMES = new Set([
  'InteractiveScene',
  'ShowCreation',
  'ShowCreationThenDestruction',
  'ShowCreationThenFadeOut',
  'TexText',
  'OldTex',
  'OldTexText',
  'ContinualAnimation',
]);
const MANIMGL_MODULES = /^(manimlib|manimgl|manim_imports_ext)(\.|$)/;

/** Every ManimGL signal in parsed code, as short human-readable strings (empty: Manim Community). */
export function manimGlSignals(facts: ModuleFacts): string[] {
  const signals = new Set<string>();
  for (const statement of facts.statements) {
    for (const imported of statement.imports ?? []) {
      if (MANIMGL_MODULES.test(imported.module)) signals.add(`imports ${imported.module}`);
    }
    if (statement.kind === 'class' && statement.classAttributes?.includes('CONFIG') && statement.bases?.some((b) => b.endsWith('Scene'))) {
      signals.add(`${statement.name} uses a CONFIG dict`);
    }
  }
  for (const name of facts.names) if (MANIMGL_NAMES.has(name)) signals.add(`uses ${name}`);
  if (facts.attributes.includes('self.embed')) signals.add('calls self.embed()');
  return [...signals].sort();
}

/**
 * ManimGL and Manim Community share a heritage but not an API: a ManimGL scene taught as Manim Community
 * code would teach the model calls that do not exist. Rejected as a different dialect, not repaired.
 */
export const manimDialect: CleanRule = {
  name: 'manim-dialect',
  apply: async (candidate, context) => {
    const facts = factsOf(candidate);
    const module = candidate.example.module;
    const moduleFacts = module ? await context.moduleFacts(module.file, module.code) : null;
    const signals = [...new Set([...manimGlSignals(facts), ...(moduleFacts ? manimGlSignals(moduleFacts).filter((s) => s.startsWith('imports')) : [])])].sort();
    if (signals.length > 0) return reject('MANIMGL_DIALECT', `ManimGL code: ${signals.join(', ')}`);
    return keep(candidate);
  },
};
