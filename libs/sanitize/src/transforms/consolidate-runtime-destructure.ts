import { ts } from 'ts-morph';
import { refuse } from '../outcome';
import { freeReferences, identifiersSpelled, symbolOfReference, type FreeReference } from '../references';
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
    const runtime = new RuntimeReferences(scene, global);
    const destructures = runtimeDestructures(scene.node, (expression) => runtime.isRuntimeObject(expression));
    const declared = declarationCounts(scene.node);
    // A nested destructure moves to the top only if nothing else anywhere declares its names.
    const merged = destructures.filter(
      (destructure) => destructure.topLevel || destructure.elements.every((element) => declared.get(localName(element)) === 1),
    );
    for (const element of merged.flatMap((destructure) => destructure.elements)) {
      declared.set(localName(element), declared.get(localName(element))! - 1);
    }

    const plan = new DestructurePlan(declared);
    const dropped: string[] = [];
    const elements = merged.flatMap((destructure) => destructure.elements);
    const spelled = identifiersSpelled(scene.node, new Set(elements.map(localName)));
    for (const element of elements) {
      if (isUsed(scene, element.name as ts.Identifier, spelled.get(localName(element)) ?? [])) plan.keep(bindingOf(element));
      else dropped.push(localName(element));
    }
    const edits = rewriteMemberReads(scene, context.contract.sceneApiNames, runtime, plan);
    const added = plan.bindUndeclared(
      freeReferences(scene.node, scene.checker).filter(
        (reference) => context.contract.sceneApiNames.has(reference.name) && (reference.jsxTag || !context.environment.globals.has(reference.name)),
      ),
    );

    const unknown = plan.bindings().find((binding) => !context.contract.sceneApiNames.has(binding.property));
    if (unknown) {
      const element = merged.flatMap((d) => d.elements).find((e) => bindingOf(e).property === unknown.property);
      const line = element ? ` (line ${lineOf(scene.node, element.getStart())})` : '';
      return refuse('UNKNOWN_RUNTIME_NAME', `window.${global}.${unknown.property}${line} is not part of the runtime contract`);
    }

    const ordered = plan.bindings().sort((a, b) => compare(a.property, b.property) || compare(a.local, b.local));
    const removableAliases = runtime.fullyReplacedAliases();
    const memberReads = edits.length;
    const alreadyCanonical =
      merged.length === 1 &&
      merged[0]!.topLevel &&
      scene.node.statements[0] === merged[0]!.statement &&
      memberReads === 0 &&
      removableAliases.length === 0 &&
      sameBindings(merged[0]!.elements.map(bindingOf), ordered);
    if (alreadyCanonical || (ordered.length === 0 && merged.length === 0 && memberReads === 0)) return undefined;

    for (const statement of [...merged.map((destructure) => destructure.statement), ...removableAliases]) {
      edits.push({ start: statement.getFullStart(), end: statement.getEnd(), text: '' });
    }
    if (ordered.length > 0) {
      const names = ordered.map((binding) => (binding.local === binding.property ? binding.property : `${binding.property}: ${binding.local}`));
      edits.push({ start: 0, end: 0, text: `const { ${names.join(', ')} } = window.${global};\n` });
    }
    scene.applyEdits(edits);

    const consolidated = merged.length > 1 || merged.some((destructure) => !destructure.topLevel) || memberReads > 0 || removableAliases.length > 0;
    const unused = dropped.filter((local) => !ordered.some((binding) => binding.local === local));
    if (consolidated) context.fix('consolidated-runtime-destructure');
    if (unused.length > 0) context.fix(`dropped-unused-runtime-names:${unused.join(',')}`);
    if (added.length > 0) context.fix(`added-runtime-names:${added.join(',')}`);
    if (!consolidated && unused.length === 0 && added.length === 0) context.fix('sorted-runtime-destructure');
    return undefined;
  },
};

/** The bindings the consolidated destructure will hold, keyed by property and local name. */
class DestructurePlan {
  private readonly byKey = new Map<string, Binding>();
  /** Local names bound to each property, in the order kept. */
  private readonly localsByProperty = new Map<string, Set<string>>();
  private readonly locals = new Set<string>();

  /** `declaredElsewhere`: how often each name is declared outside the destructures being merged. */
  constructor(private readonly declaredElsewhere: ReadonlyMap<string, number>) {}

  keep(binding: Binding): void {
    const key = `${binding.property}\u0000${binding.local}`;
    if (this.byKey.has(key)) return;
    this.byKey.set(key, binding);
    this.locals.add(binding.local);
    const locals = this.localsByProperty.get(binding.property);
    if (locals) locals.add(binding.local);
    else this.localsByProperty.set(binding.property, new Set([binding.local]));
  }

  bindings(): Binding[] {
    return [...this.byKey.values()];
  }

  /** The local name bound to `property`, binding it under its own name if that name is free; else undefined. */
  localFor(property: string): string | undefined {
    const locals = this.localsByProperty.get(property);
    if (locals) return locals.has(property) ? property : locals.values().next().value;
    if ((this.declaredElsewhere.get(property) ?? 0) > 0) return undefined;
    this.keep({ property, local: property });
    return property;
  }

  /** Binds contract names the module uses without declaring them; returns the names added, in first-use order. */
  bindUndeclared(references: readonly FreeReference[]): string[] {
    const added: string[] = [];
    for (const { name } of references) {
      if (this.locals.has(name)) continue;
      this.keep({ property: name, local: name });
      added.push(name);
    }
    return added;
  }
}

/** How the module names the runtime object: `window.Remotion`, the bare global, or top-level aliases of it. */
class RuntimeReferences {
  private readonly aliases: Map<string, RuntimeAlias>;
  private readonly replacedReads = new Map<string, number>();

  constructor(
    private readonly scene: SceneModule,
    private readonly global: string,
  ) {
    this.aliases = runtimeAliases(scene, global);
  }

  isRuntimeObject(expression: ts.Expression): boolean {
    const inner = skipOuterExpressions(expression);
    if (isWindowMember(inner, this.global)) return true;
    if (!ts.isIdentifier(inner)) return false;
    if (this.aliases.has(inner.text)) return true;
    return inner.text === this.global && this.scene.checker.getSymbolAtLocation(inner) === undefined;
  }

  /** How `target.X` reaches the runtime object, if it does. */
  reachedThrough(target: ts.Expression): 'alias' | 'global' | undefined {
    if (ts.isIdentifier(target) && this.aliases.has(target.text) && this.scene.checker.getSymbolAtLocation(target) !== undefined) return 'alias';
    if (isWindowMember(target, this.global)) return 'global';
    return ts.isIdentifier(target) && target.text === this.global && this.isRuntimeObject(target) ? 'global' : undefined;
  }

  /** Counts a replaced alias read, so an alias whose every read was replaced can go. */
  replacedAliasRead(alias: ts.Identifier): void {
    this.replacedReads.set(alias.text, (this.replacedReads.get(alias.text) ?? 0) + 1);
  }

  fullyReplacedAliases(): ts.VariableStatement[] {
    return [...this.aliases.values()]
      .filter((alias) => (this.replacedReads.get(alias.name) ?? 0) === alias.references)
      .map((alias) => alias.statement);
  }
}

/** `window.Remotion.X` and `R.X` become the local bound to X (left alone when X's name is taken). */
function rewriteMemberReads(scene: SceneModule, names: ReadonlySet<string>, runtime: RuntimeReferences, plan: DestructurePlan): TextEdit[] {
  const edits: TextEdit[] = [];
  forEachDescendant(scene.node, (node) => {
    if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.name) || !names.has(node.name.text)) return undefined;
    if (isAssignmentTarget(node)) return undefined;
    const route = runtime.reachedThrough(node.expression);
    const local = route && plan.localFor(node.name.text);
    if (local === undefined) return undefined;
    if (route === 'alias') runtime.replacedAliasRead(node.expression as ts.Identifier);
    edits.push({ start: node.getStart(), end: node.getEnd(), text: local });
    return false;
  });
  return edits;
}

function localName(element: ts.BindingElement): string {
  return (element.name as ts.Identifier).text;
}

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

function isAssignmentTarget(node: ts.Expression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

/** Whether a binding's local name is read anywhere besides its declaration; `spelled`: the identifiers of that name. */
function isUsed(scene: SceneModule, declaration: ts.Identifier, spelled: readonly ts.Identifier[]): boolean {
  const symbol = scene.checker.getSymbolAtLocation(declaration);
  return spelled.some((node) => node !== declaration && symbolOfReference(node, scene.checker) === symbol);
}

/** How many times each name is declared anywhere in the module (any scope, any kind of declaration). */
function declarationCounts(sourceFile: ts.SourceFile): Map<string, number> {
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
  const declarations: Array<{ name: ts.Identifier; statement: ts.VariableStatement }> = [];
  for (const statement of scene.node.statements) {
    if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    const declaration = statement.declarationList.declarations[0]!;
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
    if (isWindowMember(skipOuterExpressions(declaration.initializer), global)) declarations.push({ name: declaration.name, statement });
  }
  const spelled = identifiersSpelled(scene.node, new Set(declarations.map(({ name }) => name.text)));
  const aliases = new Map<string, RuntimeAlias>();
  for (const { name, statement } of declarations) {
    const symbol = scene.checker.getSymbolAtLocation(name);
    const references = (spelled.get(name.text) ?? []).filter((node) => node !== name && symbolOfReference(node, scene.checker) === symbol).length;
    aliases.set(name.text, { name: name.text, statement, references });
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

