import { ts } from 'ts-morph';
import { refuse } from '../outcome';
import { freeReferences, symbolOfReference } from '../references';
import type { SceneModule, TextEdit } from '../scene-module';
import type { ModuleTransformation } from '../step';
import { forEachDescendant, isWindowMember, lineOf, skipOuterExpressions } from '../syntax';

interface Binding {
  readonly property: string;
  readonly local: string;
}

/** `const { A, B: C } = window.Remotion;` with only plain names — the shape that can be merged. */
interface RuntimeDestructure {
  readonly statement: ts.VariableStatement;
  readonly elements: readonly ts.BindingElement[];
  readonly topLevel: boolean;
}

/**
 * One runtime contract at the top: every way a module reaches the scene API — destructures of
 * `window.Remotion` anywhere (hoisted when no other declaration shares their names), `window.Remotion.X` and
 * alias reads `R.X`, and contract names used without any declaration — becomes a single
 * `const { … } = window.Remotion;` as the first statement, holding only the names the module uses, sorted.
 * A destructured name the contract does not list is refused: the runtime would hand the scene `undefined`.
 */
export const consolidateRuntimeDestructure: ModuleTransformation = {
  name: 'consolidate-runtime-destructure',
  apply(scene, context) {
    const global = context.contract.sceneApiGlobal;
    const declaredAnywhere = declarationNames(scene.node);
    const aliases = runtimeAliases(scene, global);
    const isRuntimeObject = (expression: ts.Expression): boolean => {
      const inner = skipOuterExpressions(expression);
      if (isWindowMember(inner, global)) return true;
      if (!ts.isIdentifier(inner)) return false;
      if (aliases.has(inner.text)) return true;
      return inner.text === global && scene.checker.getSymbolAtLocation(inner) === undefined;
    };

    const destructures = runtimeDestructures(scene.node, isRuntimeObject);
    const merged = destructures.filter(
      (destructure) =>
        destructure.topLevel ||
        destructure.elements.every((element) => declaredAnywhere.get((element.name as ts.Identifier).text) === 1),
    );
    const bindings = new Map<string, Binding>();
    const add = (binding: Binding): void => {
      bindings.set(`${binding.property}\u0000${binding.local}`, binding);
    };
    const dropped: string[] = [];
    for (const destructure of merged) {
      for (const element of destructure.elements) {
        if (isUsed(scene, element.name as ts.Identifier)) add(bindingOf(element));
        else dropped.push(bindingOf(element).local);
      }
    }

    const edits: TextEdit[] = [];
    // A name only the merged destructures declare is free for the consolidated one to bind.
    const declaredOutsideMerged = new Map(declaredAnywhere);
    for (const element of merged.flatMap((destructure) => destructure.elements)) {
      const local = (element.name as ts.Identifier).text;
      declaredOutsideMerged.set(local, (declaredOutsideMerged.get(local) ?? 1) - 1);
    }
    const localFor = (property: string): string | undefined => {
      const existing = [...bindings.values()].find((binding) => binding.property === property && binding.local === property) ??
        [...bindings.values()].find((binding) => binding.property === property);
      if (existing) return existing.local;
      if ((declaredOutsideMerged.get(property) ?? 0) > 0) return undefined;
      add({ property, local: property });
      return property;
    };

    const replacedAliasReads = new Map<string, number>();
    let memberReads = 0;
    forEachDescendant(scene.node, (node) => {
      if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.name)) return undefined;
      if (!context.contract.sceneApiNames.has(node.name.text)) return undefined;
      const target = node.expression;
      const viaAlias = ts.isIdentifier(target) && aliases.has(target.text) && scene.checker.getSymbolAtLocation(target) !== undefined;
      if (!viaAlias && !(isWindowMember(target, global) || (ts.isIdentifier(target) && target.text === global && isRuntimeObject(target)))) {
        return undefined;
      }
      if (isAssignmentTarget(node)) return undefined;
      const local = localFor(node.name.text);
      if (local === undefined) return undefined;
      edits.push({ start: node.getStart(), end: node.getEnd(), text: local });
      memberReads += 1;
      if (viaAlias) replacedAliasReads.set((target as ts.Identifier).text, (replacedAliasReads.get((target as ts.Identifier).text) ?? 0) + 1);
      return false;
    });

    const added: string[] = [];
    for (const reference of freeReferences(scene.node, scene.checker)) {
      const name = reference.name;
      if (!context.contract.sceneApiNames.has(name)) continue;
      if (!reference.jsxTag && context.environment.globals.has(name)) continue;
      if ([...bindings.values()].some((binding) => binding.local === name)) continue;
      add({ property: name, local: name });
      if (!added.includes(name)) added.push(name);
    }

    const unknown = [...bindings.values()].find((binding) => !context.contract.sceneApiNames.has(binding.property));
    if (unknown) {
      const element = merged.flatMap((d) => d.elements).find((e) => bindingOf(e).property === unknown.property);
      const line = element ? ` (line ${lineOf(scene.node, element.getStart())})` : '';
      return refuse(
        'UNKNOWN_RUNTIME_NAME',
        `window.${global}.${unknown.property}${line} is not part of the runtime contract`,
      );
    }

    const ordered = [...bindings.values()].sort(
      (a, b) => compare(a.property, b.property) || compare(a.local, b.local),
    );
    const removableAliases = [...aliases.values()].filter(
      (alias) => alias.references > 0 && replacedAliasReads.get(alias.name) === alias.references,
    );
    const alreadyCanonical =
      merged.length === 1 &&
      merged[0]!.topLevel &&
      scene.node.statements[0] === merged[0]!.statement &&
      edits.length === 0 &&
      removableAliases.length === 0 &&
      sameBindings(merged[0]!.elements.map(bindingOf), ordered);
    if (alreadyCanonical || (ordered.length === 0 && merged.length === 0 && edits.length === 0)) return undefined;

    for (const destructure of merged) edits.push(removal(destructure.statement));
    for (const alias of removableAliases) edits.push(removal(alias.statement));
    if (ordered.length > 0) {
      const names = ordered.map((binding) => (binding.local === binding.property ? binding.property : `${binding.property}: ${binding.local}`));
      edits.push({ start: 0, end: 0, text: `const { ${names.join(', ')} } = window.${global};\n` });
    }
    scene.applyEdits(edits);
    const consolidated = merged.length > 1 || merged.some((destructure) => !destructure.topLevel) || memberReads > 0 || removableAliases.length > 0;
    if (consolidated) context.fix('consolidated-runtime-destructure');
    const unused = dropped.filter((local) => !ordered.some((binding) => binding.local === local));
    if (unused.length > 0) context.fix(`dropped-unused-runtime-names:${unused.join(',')}`);
    if (added.length > 0) context.fix(`added-runtime-names:${added.join(',')}`);
    if (!consolidated && unused.length === 0 && added.length === 0) context.fix('sorted-runtime-destructure');
    return undefined;
  },
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function bindingOf(element: ts.BindingElement): Binding {
  const local = (element.name as ts.Identifier).text;
  const property = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : local;
  return { property, local };
}

function sameBindings(a: readonly Binding[], b: readonly Binding[]): boolean {
  return a.length === b.length && a.every((binding, index) => binding.property === b[index]!.property && binding.local === b[index]!.local);
}

function removal(statement: ts.Statement): TextEdit {
  return { start: statement.getFullStart(), end: statement.getEnd(), text: '' };
}

function isAssignmentTarget(node: ts.Expression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

/** Whether a binding's local name is read anywhere besides its declaration. */
function isUsed(scene: SceneModule, declaration: ts.Identifier): boolean {
  const symbol = scene.checker.getSymbolAtLocation(declaration);
  let used = false;
  forEachDescendant(scene.node, (node) => {
    if (used) return false;
    if (ts.isIdentifier(node) && node !== declaration && node.text === declaration.text) {
      if (symbolOfReference(node, scene.checker) === symbol) used = true;
    }
    return undefined;
  });
  return used;
}

/** How many times each name is declared anywhere in the module (any scope, any kind of declaration). */
function declarationNames(sourceFile: ts.SourceFile): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (name: string): void => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  forEachDescendant(sourceFile, (node) => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) || ts.isClassDeclaration(node) || ts.isClassExpression(node) || ts.isEnumDeclaration(node) ||
        ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportClause(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      count(node.name.text);
    }
    return undefined;
  });
  return counts;
}

interface RuntimeAlias {
  readonly name: string;
  readonly statement: ts.VariableStatement;
  /** References to the alias besides its declaration. */
  readonly references: number;
}

/** Top-level `const R = window.Remotion;` (what a namespace import of 'remotion' became). */
function runtimeAliases(scene: SceneModule, global: string): Map<string, RuntimeAlias> {
  const aliases = new Map<string, RuntimeAlias>();
  for (const statement of scene.node.statements) {
    if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    const declaration = statement.declarationList.declarations[0]!;
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
    if (!isWindowMember(skipOuterExpressions(declaration.initializer), global)) continue;
    const symbol = scene.checker.getSymbolAtLocation(declaration.name);
    let references = 0;
    forEachDescendant(scene.node, (node) => {
      if (ts.isIdentifier(node) && node !== declaration.name && node.text === declaration.name.getText() && symbolOfReference(node, scene.checker) === symbol) {
        references += 1;
      }
    });
    aliases.set(declaration.name.text, { name: declaration.name.text, statement, references });
  }
  return aliases;
}

/** Every `const { … } = <runtime object>;` statement whose pattern holds plain names only. */
function runtimeDestructures(sourceFile: ts.SourceFile, isRuntimeObject: (expression: ts.Expression) => boolean): RuntimeDestructure[] {
  const found: RuntimeDestructure[] = [];
  forEachDescendant(sourceFile, (node) => {
    if (!ts.isVariableStatement(node) || node.declarationList.declarations.length !== 1) return undefined;
    if (!(node.declarationList.flags & ts.NodeFlags.Const)) return undefined;
    const declaration = node.declarationList.declarations[0]!;
    if (!ts.isObjectBindingPattern(declaration.name) || !declaration.initializer || !isRuntimeObject(declaration.initializer)) return undefined;
    const elements = declaration.name.elements;
    const plain = elements.every(
      (element) =>
        !element.dotDotDotToken &&
        !element.initializer &&
        ts.isIdentifier(element.name) &&
        (!element.propertyName || ts.isIdentifier(element.propertyName)),
    );
    if (plain) found.push({ statement: node, elements, topLevel: node.parent === sourceFile });
    return undefined;
  });
  return found;
}

