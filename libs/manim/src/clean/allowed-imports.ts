import type { ModuleFacts } from '../python/facts';
import { factsOf, keep, reject, type CleanRule } from './rule';

/** The top-level package an import loads: `scipy.integrate` → scipy. */
const packageOf = (module: string) => module.split('.')[0]!;

/**
 * The imports a scene may not carry: the system prompt promises "one self-contained file with
 * `from manim import *`", and a kept scene must run where Manim runs. The standard library (of the
 * checking interpreter), manim itself and the config's `allowedImports` are fine; anything else
 * (`manim_physics`, `manim_slides`, a relative import of a file the example does not carry) is not.
 */
export function disallowedImports(facts: ModuleFacts, stdlib: ReadonlySet<string>, allowed: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const imported of facts.imports) {
    if (imported.level > 0) {
      found.add(`${'.'.repeat(imported.level)}${imported.module} (relative)`);
      continue;
    }
    const name = packageOf(imported.module);
    if (name !== 'manim' && !stdlib.has(name) && !allowed.has(name)) found.add(name);
  }
  return [...found].sort();
}

export const allowedImports: CleanRule = {
  name: 'allowed-imports',
  apply: async (candidate, context) => {
    const outside = disallowedImports(factsOf(candidate), context.checker.stdlib, context.allowedImports);
    if (outside.length === 0) return keep(candidate);
    return reject('IMPORT_NOT_ALLOWED', `imports ${outside.join(', ')}: outside the standard library, manim and allowedImports (${[...context.allowedImports].sort().join(', ') || 'none'})`);
  },
};
