import { ts } from 'ts-morph';
import { forEachDescendant, topLevelDeclarationNames } from '../syntax';

/**
 * The scene compiler appends an id to top-level names (`script_me44v5an`, `sequences_Q4X8Z2M7`) so scenes can
 * share a page. What tells such an id from the last word of a name (`MAX_WIDTH`, `API_KEY_V2`, `STEP_2`,
 * `heading_section2`, `color_3b82f6`):
 * - its shape: 6–12 letters and digits of one case, at least two of each, switching between letters and
 *   digits at least twice — a word with a number (`HEADER2`, `frame2024`) switches once;
 * - its evidence: 8 or more characters (the compiler's ids are 8) stand alone; a shorter token — every
 *   six-digit hex colour is one — counts only beside an 8-character id in the same module or when another
 *   name carries the same token;
 * - a name whose own value spells the token (`color_3b82f6 = '#3b82f6'`) describes that value instead.
 */
const SUFFIXED = /^([A-Za-z_$][\w$]*?)_([a-z0-9]{6,12}|[A-Z0-9]{6,12})$/;
const STANDALONE_LENGTH = 8;

export interface TopLevelName {
  readonly name: string;
  /** The literals (strings, numbers) in the value a `const`/`let`/`var` declares, as one text. */
  readonly value?: string;
}

/** Each uniquified name among a module's top-level names, mapped to its name without the id. */
export function uniquifierSuffixes(names: readonly TopLevelName[]): Map<string, string> {
  const suffixed = names.flatMap(({ name, value }) => {
    const match = SUFFIXED.exec(name);
    const token = match?.[2];
    if (!match || !token || !looksRandom(token) || value?.toLowerCase().includes(token.toLowerCase())) return [];
    return [{ name, clean: match[1]!, token }];
  });
  const carriers = new Map<string, number>();
  for (const { token } of suffixed) carriers.set(token, (carriers.get(token) ?? 0) + 1);
  const corroborated = suffixed.some(({ token }) => token.length >= STANDALONE_LENGTH);
  const uniquified = corroborated ? suffixed : suffixed.filter(({ token }) => carriers.get(token)! > 1);
  return new Map(uniquified.map(({ name, clean }) => [name, clean]));
}

/** The top-level declarations of `sourceFile` whose names carry an id, each with the name it had before. */
export function uniquifiedDeclarations(sourceFile: ts.SourceFile): Array<{ declaration: ts.Identifier; clean: string }> {
  const declarations = topLevelDeclarationNames(sourceFile);
  const clean = uniquifierSuffixes(declarations.map((declaration) => ({ name: declaration.text, value: declaredValue(declaration) })));
  return declarations.flatMap((declaration) => {
    const name = clean.get(declaration.text);
    return name === undefined ? [] : [{ declaration, clean: name }];
  });
}

function looksRandom(token: string): boolean {
  const digits = token.replace(/\D/g, '').length;
  const runs = token.match(/\d+|\D+/g)!.length;
  return digits >= 2 && token.length - digits >= 2 && runs >= 3;
}

/** Literals only: a value reading another uniquified name (`script_Q4X8Z2M7.map(…)`) spells its id too. */
function declaredValue(name: ts.Identifier): string | undefined {
  const declaration = name.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.name !== name || !declaration.initializer) return undefined;
  const literals: string[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isLiteralExpression(node) || ts.isTemplateLiteralToken(node)) literals.push(node.getText());
  };
  collect(declaration.initializer);
  forEachDescendant(declaration.initializer, collect);
  return literals.join(' ');
}
