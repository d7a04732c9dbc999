import type { ModuleFacts } from './python/facts';

const lastSegment = (dotted: string) => dotted.split('.').pop() ?? dotted;

/**
 * Classes that are Manim scenes: their bases lead, through classes known here, to a `…Scene` base
 * (Scene, MovingCameraScene, ThreeDScene, ZoomedScene, …). Names are matched on their last segment, so
 * `manim.Scene` counts too.
 */
export function sceneClassNames(classes: ReadonlyMap<string, readonly string[]>): Set<string> {
  const verdicts = new Map<string, boolean>();
  const isScene = (name: string, visiting: Set<string>): boolean => {
    const known = verdicts.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return false;
    visiting.add(name);
    const verdict = (classes.get(name) ?? []).some((base) => {
      const short = lastSegment(base);
      return short.endsWith('Scene') || (classes.has(short) && isScene(short, visiting));
    });
    verdicts.set(name, verdict);
    return verdict;
  };
  return new Set([...classes.keys()].filter((name) => isScene(name, new Set())));
}

/** Top-level classes of parsed code: name → base expressions. */
export function classesOf(facts: ModuleFacts): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  for (const s of facts.statements) if (s.kind === 'class' && s.name) classes.set(s.name, s.bases ?? []);
  return classes;
}

/**
 * Scene classes that can be rendered: they define `construct`, or inherit it from a class defined here.
 * Sorted by position in the code.
 */
export function renderableScenes(facts: ModuleFacts): string[] {
  const classes = classesOf(facts);
  const scenes = sceneClassNames(classes);
  const methods = new Map(facts.statements.filter((s) => s.kind === 'class' && s.name).map((s) => [s.name!, s.methods ?? []]));
  const hasConstruct = (name: string, visiting: Set<string>): boolean => {
    if (visiting.has(name)) return false;
    visiting.add(name);
    if (methods.get(name)?.includes('construct')) return true;
    return (classes.get(name) ?? []).some((base) => classes.has(lastSegment(base)) && hasConstruct(lastSegment(base), visiting));
  };
  return facts.statements
    .filter((s) => s.kind === 'class' && s.name && scenes.has(s.name) && hasConstruct(s.name, new Set()))
    .map((s) => s.name!);
}
