import type { ModuleFacts } from '../python/facts';
import { factsOf, keep, reject, type CleanRule } from './rule';

/** The names `from manim import *` binds, in the pinned release the dataset is written for. */
export interface ManimExports {
  version: string;
  names: ReadonlySet<string>;
}

/** What every module and class body has without binding it (`__file__`, `__qualname__`), beyond builtins. */
const IMPLICIT_GLOBALS = new Set(['__file__', '__builtins__', '__cached__', '__annotations__', '__module__', '__qualname__', '__class__', '__path__']);

/**
 * Names the scene reads that nothing provides: not its own code, not Python's builtins, not `from manim
 * import *`. Null when that cannot be known: a star import from any other module (`from numpy import *`,
 * `from manim_physics import *`, `from manim.utils.x import *`) could bind anything.
 */
export function undefinedNames(facts: ModuleFacts, builtins: ReadonlySet<string>, manim: ManimExports): string[] | null {
  const stars = facts.imports.filter((i) => i.name === '*').map((i) => (i.level > 0 ? '.' : i.module));
  if (stars.some((module) => module !== 'manim')) return null;
  const fromManim = stars.length > 0 ? manim.names : new Set<string>();
  return facts.unbound.filter((name) => !builtins.has(name) && !IMPLICIT_GLOBALS.has(name) && !fromManim.has(name));
}

/**
 * A scene calling a helper that exists nowhere (`get_tex_indexes`) cannot run: every name it reads must
 * come from its code, the builtins or the pinned Manim's exports. Runs after self-containment, so what
 * the scene's file defines has been inlined and counts.
 */
export const knownNames: CleanRule = {
  name: 'known-names',
  apply: async (candidate, context) => {
    const missing = undefinedNames(factsOf(candidate), context.checker.builtins, context.manimExports);
    if (missing === null || missing.length === 0) return keep(candidate);
    return reject('UNDEFINED_NAME', `uses ${missing.join(', ')}: defined neither in the scene, nor in Python's builtins, nor by \`from manim import *\` (manim ${context.manimExports.version})`);
  },
};
