import { Project, ts } from 'ts-morph';
import { z } from 'zod';

/**
 * What a scene may reach without declaring it, because the browser (or JavaScript itself) provides it.
 * The rule is TypeScript's own lib.d.ts for the target the runtime runs (ES2023 + DOM): a free identifier is
 * a browser global exactly when those declarations declare it as a value and do not mark it `@deprecated`
 * (lib.dom deprecates the window properties that are almost always a typo for a missing local, e.g. `name`,
 * `event`, `status`).
 */
export interface BrowserEnvironment {
  /** Value names in the global scope: `Math`, `Array`, `console`, `window`, `requestAnimationFrame`, … */
  readonly globals: ReadonlySet<string>;
  /** Properties of `window` (its `Window` interface plus `typeof globalThis`). */
  readonly windowProperties: ReadonlySet<string>;
}

const ENVIRONMENT_LIBS = ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'] as const;

let cached: BrowserEnvironment | undefined;

/** Read once per process (about half a second: TypeScript binds lib.dom); every sanitizer shares it. */
export function browserEnvironment(): BrowserEnvironment {
  cached ??= readEnvironmentFromLib();
  return cached;
}

/** The environment as text, for a caller that keeps it between processes (reading lib.dom costs ~0.7 s a start). */
export function serializeBrowserEnvironment(environment: BrowserEnvironment): string {
  return JSON.stringify({ globals: [...environment.globals].sort(), windowProperties: [...environment.windowProperties].sort() });
}

const StoredEnvironment = z.strictObject({ globals: z.array(z.string()).min(1), windowProperties: z.array(z.string()).min(1) });

/** The environment `serializeBrowserEnvironment` wrote, or undefined when the text is not one (damaged, truncated). */
export function parseBrowserEnvironment(text: string): BrowserEnvironment | undefined {
  try {
    const stored = StoredEnvironment.safeParse(JSON.parse(text));
    return stored.success ? { globals: new Set(stored.data.globals), windowProperties: new Set(stored.data.windowProperties) } : undefined;
  } catch {
    return undefined;
  }
}

function readEnvironmentFromLib(): BrowserEnvironment {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, lib: [...ENVIRONMENT_LIBS], types: [], noEmit: true },
  });
  const probe = project.createSourceFile('/environment-probe.ts', 'export {};\n');
  const checker = project.getTypeChecker().compilerObject;
  const usable = (symbol: ts.Symbol): boolean =>
    (symbol.declarations ?? []).some((declaration) => ts.getJSDocDeprecatedTag(declaration) === undefined);

  const globals = new Set<string>();
  for (const symbol of checker.getSymbolsInScope(probe.compilerNode, ts.SymbolFlags.Value)) {
    if (usable(symbol)) globals.add(symbol.name);
  }

  const windowProperties = new Set<string>();
  const windowSymbol = checker
    .getSymbolsInScope(probe.compilerNode, ts.SymbolFlags.Variable)
    .find((symbol) => symbol.name === 'window');
  if (windowSymbol) {
    const windowType = checker.getTypeOfSymbolAtLocation(windowSymbol, probe.compilerNode);
    for (const property of checker.getPropertiesOfType(windowType)) {
      if (usable(property)) windowProperties.add(property.name);
    }
  }
  return { globals, windowProperties };
}
