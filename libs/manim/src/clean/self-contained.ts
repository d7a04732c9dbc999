import type { ModuleFacts, StatementFacts } from '../python/facts';
import type { SourceIndex } from '../sources/plugin';
import { factsOf, keep, reject, revise, type CleanRule } from './rule';

export interface InliningPlan {
  /** Statements of the file the example needs, in file order. */
  pulled: StatementFacts[];
  /** Names the example (or what it pulled) uses that the file does not define. */
  unresolved: string[];
}

const isStarOrFuture = (s: StatementFacts) => (s.imports ?? []).some((i) => i.name === '*' || i.module === '__future__');

/**
 * What an example cut from a file needs from the rest of that file: every statement binding a name it
 * uses, transitively. Star imports come along regardless (what they provide cannot be known statically).
 */
export function planInlining(example: ModuleFacts, file: ModuleFacts, builtins: ReadonlySet<string>): InliningPlan {
  const defined = new Set(example.statements.flatMap((s) => s.binds));
  const providers = new Map<string, number[]>();
  file.statements.forEach((statement, index) => {
    // The example's own definition (the scene class itself) is not something to pull in again.
    if (statement.binds.length === 0 || statement.binds.every((b) => defined.has(b))) return;
    for (const name of statement.binds) providers.set(name, [...(providers.get(name) ?? []), index]);
  });
  const pulled = new Set<number>();
  const unresolved = new Set<string>();
  const seen = new Set<string>();
  const queue = example.statements.flatMap((s) => s.uses);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name) || defined.has(name) || builtins.has(name)) continue;
    seen.add(name);
    const found = providers.get(name);
    if (!found) {
      unresolved.add(name);
      continue;
    }
    for (const index of found) {
      if (pulled.has(index)) continue;
      pulled.add(index);
      queue.push(...file.statements[index]!.uses);
    }
  }
  file.statements.forEach((statement, index) => {
    if (isStarOrFuture(statement)) pulled.add(index);
  });
  return { pulled: [...pulled].sort((a, b) => a - b).map((i) => file.statements[i]!), unresolved: [...unresolved].sort() };
}

/** An import of one of the source's own files (or a relative import): code the example cannot carry. */
export function isLocalImport(statement: StatementFacts, index: SourceIndex): boolean {
  if ((statement.level ?? 0) > 0) return true;
  return (statement.imports ?? []).some((i) => i.module !== '' && index.localModules.has(i.module));
}

/** Names used but defined nowhere in the example, minus builtins. */
export function unresolvedNames(facts: ModuleFacts, builtins: ReadonlySet<string>): string[] {
  const defined = new Set(facts.statements.flatMap((s) => s.binds));
  return [...new Set(facts.statements.flatMap((s) => s.uses))].filter((n) => !defined.has(n) && !builtins.has(n)).sort();
}

/**
 * The dataset teaches self-contained scenes, so a scene may not lean on code it does not carry. What the
 * same file defines is inlined; a name defined in another file or example (or imported from one of the
 * source's own modules) makes the example inter-scene dependent. A name defined nowhere in the source is
 * left to the known-names rule, which checks it against what `from manim import *` binds.
 */
export const selfContained: CleanRule = {
  name: 'self-contained',
  apply: async (candidate, context) => {
    const facts = factsOf(candidate);
    const { builtins } = context.checker;
    const module = candidate.example.module;
    const here = module ? module.file : candidate.example.locator;
    const dependencies: string[] = [];
    let unresolved: string[];
    let rebuilt: { code: string; inlined: string[] } | null = null;

    if (module) {
      const file = await context.moduleFacts(module.file, module.code);
      if (!file) return reject('SYNTAX_ERROR', `${module.file} does not parse`);
      const plan = planInlining(facts, file, builtins);
      unresolved = plan.unresolved;
      const carried = plan.pulled.filter((s) => {
        if (!isLocalImport(s, context.index)) return true;
        // A local star import is dropped; any name the scene got from it stays unresolved and is looked up below.
        if (s.binds.length > 0) dependencies.push(`${s.binds.join(', ')} (imported from ${s.imports?.[0]?.module || 'a relative module'})`);
        return false;
      });
      const imports = carried.filter((s) => s.kind === 'import' || s.kind === 'from-import');
      const definitions = carried.filter((s) => !imports.includes(s));
      const parts = [
        imports.map((s) => module.code.slice(s.start, s.end)).join('\n'),
        ...definitions.map((s) => module.code.slice(s.start, s.end)),
        candidate.code,
      ].filter((p) => p.trim() !== '');
      rebuilt = { code: parts.join('\n\n\n'), inlined: definitions.flatMap((s) => s.binds) };
    } else {
      unresolved = unresolvedNames(facts, builtins);
    }

    for (const name of unresolved) {
      const elsewhere = (context.index.definitions.get(name) ?? []).filter((where) => where !== here);
      if (elsewhere.length > 0) dependencies.push(`${name} (defined in ${[...new Set(elsewhere)].join(', ')})`);
    }
    if (dependencies.length > 0) return reject('INTER_SCENE_DEPENDENCY', `uses ${dependencies.join('; ')}`);
    if (!rebuilt || rebuilt.code === candidate.code) return keep(candidate);
    const fixes = rebuilt.inlined.length
      ? [{ rule: 'self-contained', code: 'DEFINITION_INLINED' as const, message: `inlined ${rebuilt.inlined.join(', ')} from ${module!.file}` }]
      : [];
    return revise(candidate, rebuilt.code, fixes, context, 'SYNTAX_ERROR');
  },
};
