import { ts } from 'ts-morph';
import type { ImportBinding } from '../contract';
import { refuse } from '../outcome';
import { identifiersReferring, identifiersSpelled } from '../references';
import type { SceneModule, TextEdit } from '../scene-module';
import type { ModuleTransformation, StepContext } from '../step';
import { forEachDescendant, lineOf } from '../syntax';

/**
 * Real `import`s become the runtime contract: `import { A, B as C } from 'remotion'` becomes
 * `const { A, B: C } = window.Remotion;` (merged into the one destructure later), the React default or
 * namespace import is the `React` global, and a named React import `useState` is read as `React.useState`.
 * Type-only imports are erased as transpilation would erase them. Anything else — another package, a
 * relative file, a side-effect import, a dynamic `import()` or a re-export — is a module the runtime cannot
 * provide, refused with its name.
 */
export const importsToRuntimeContract: ModuleTransformation = {
  name: 'imports-to-runtime-contract',
  apply(scene, context) {
    const unknown = unknownModule(scene, context);
    if (unknown) return refuse('UNKNOWN_IMPORT', unknown);

    const edits: TextEdit[] = [];
    const spelled = identifiersSpelled(scene.node, namedImportNames(scene.node));
    let rewritten = false;
    for (const statement of scene.node.statements) {
      if (!ts.isImportDeclaration(statement)) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const clause = statement.importClause;
      const binding = context.contract.importBySpecifier.get(specifier);
      const replacement = clause && !clause.isTypeOnly && binding ? bindImport(scene, clause, binding, spelled, edits) : '';
      edits.push({ start: statement.getStart(), end: statement.getEnd(), text: replacement });
      if (binding) rewritten = true;
      else context.fix(`dropped-type-import:${specifier}`);
    }
    scene.applyEdits(edits);
    if (rewritten) context.fix('imports-to-runtime-contract');
    return undefined;
  },
};

/**
 * The statement replacing one import clause; references rewritten for namespace-style named imports go to
 * `edits`. `spelled`: the identifiers of every named import's local name.
 */
function bindImport(
  scene: SceneModule,
  clause: ts.ImportClause,
  binding: ImportBinding,
  spelled: ReadonlyMap<string, ts.Identifier[]>,
  edits: TextEdit[],
): string {
  const statements: string[] = [];
  const global = `window.${binding.global}`;
  const namespaceName = clause.name?.text ?? (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings) ? clause.namedBindings.name.text : undefined);
  if (namespaceName !== undefined && namespaceName !== binding.global) statements.push(`const ${namespaceName} = ${global};`);

  const named = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : [];
  const values = named.filter((element) => !element.isTypeOnly);
  if (binding.style === 'destructure') {
    const parts = values.map((element) =>
      element.propertyName ? `${element.propertyName.text}: ${element.name.text}` : element.name.text,
    );
    if (parts.length > 0) statements.push(`const { ${parts.join(', ')} } = ${global};`);
  } else {
    for (const element of named) {
      const member = `${binding.global}.${(element.propertyName ?? element.name).text}`;
      const symbol = scene.checker.getSymbolAtLocation(element.name);
      if (!symbol) continue;
      for (const reference of identifiersReferring(spelled.get(element.name.text) ?? [], scene.checker, symbol)) {
        if (reference === element.name) continue;
        edits.push(memberReference(reference, member));
      }
    }
  }
  return statements.join('\n');
}

function namedImportNames(sourceFile: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
  }
  return names;
}

/** Rewrites one reference of a named import as `<Global>.<name>`, keeping shorthand properties' keys. */
function memberReference(reference: ts.Identifier, member: string): TextEdit {
  const parent = reference.parent;
  const text = ts.isShorthandPropertyAssignment(parent) ? `${reference.text}: ${member}` : member;
  return { start: reference.getStart(), end: reference.getEnd(), text };
}

/** The first import of something the contract does not provide, described for the rejection message. */
function unknownModule(scene: SceneModule, context: StepContext): string | undefined {
  const provided = [...context.contract.importBySpecifier.keys()].map((specifier) => `'${specifier}'`).join(', ');
  const refused = (specifier: string, node: ts.Node): string =>
    `imports '${specifier}' (line ${lineOf(scene.node, node.getStart())}); the runtime provides only ${provided}`;
  for (const statement of scene.node.statements) {
    if (ts.isImportDeclaration(statement)) {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const typeOnly = statement.importClause?.isTypeOnly ?? false;
      if (!typeOnly && !context.contract.importBySpecifier.has(specifier)) return refused(specifier, statement);
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const expression = statement.moduleReference.expression;
      return refused(ts.isStringLiteral(expression) ? expression.text : expression.getText(), statement);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      return refused((statement.moduleSpecifier as ts.StringLiteral).text, statement);
    }
  }
  let dynamic: string | undefined;
  forEachDescendant(scene.node, (node) => {
    if (dynamic) return false;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const argument = node.arguments[0];
      dynamic = refused(argument && ts.isStringLiteralLike(argument) ? argument.text : 'a computed module', node);
      return false;
    }
    return undefined;
  });
  return dynamic;
}
