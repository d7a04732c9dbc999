import { ts } from 'ts-morph';
import { forEachDescendant } from './syntax';

/**
 * Whether an identifier reads a value binding (as opposed to naming a property, a declaration, a label, a
 * JSX attribute, an intrinsic tag or a type). Types are erased by transpilation, so only value space has
 * to be self-contained.
 */
export function isValueReference(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (isInTypePosition(id)) return false;
  switch (parent.kind) {
    case ts.SyntaxKind.PropertyAccessExpression:
      return (parent as ts.PropertyAccessExpression).expression === id;
    case ts.SyntaxKind.QualifiedName:
    case ts.SyntaxKind.JsxAttribute:
    case ts.SyntaxKind.JsxNamespacedName:
    case ts.SyntaxKind.JsxClosingElement:
    case ts.SyntaxKind.LabeledStatement:
    case ts.SyntaxKind.BreakStatement:
    case ts.SyntaxKind.ContinueStatement:
    case ts.SyntaxKind.MetaProperty:
    case ts.SyntaxKind.ImportSpecifier:
    case ts.SyntaxKind.ImportClause:
    case ts.SyntaxKind.NamespaceImport:
    case ts.SyntaxKind.NamespaceExport:
    case ts.SyntaxKind.ImportEqualsDeclaration:
      return false;
    case ts.SyntaxKind.JsxOpeningElement:
    case ts.SyntaxKind.JsxSelfClosingElement:
      return !isIntrinsicTagName(id.text);
    case ts.SyntaxKind.PropertyAssignment:
      return (parent as ts.PropertyAssignment).initializer === id;
    case ts.SyntaxKind.ShorthandPropertyAssignment:
      return true;
    case ts.SyntaxKind.BindingElement:
      return (parent as ts.BindingElement).initializer === id;
    case ts.SyntaxKind.ExportSpecifier: {
      const specifier = parent as ts.ExportSpecifier;
      if (specifier.parent.parent.moduleSpecifier) return false;
      return (specifier.propertyName ?? specifier.name) === id;
    }
    default:
      return !isDeclarationName(id);
  }
}

/** An identifier that only names a property or attribute (`a.name`, `{ name: 1 }`, `<p name="">`): it binds nothing. */
export function isPropertyName(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) return (ts.isPropertyAccessExpression(parent) ? parent.name : parent.right) === id;
  if (ts.isBindingElement(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return parent.propertyName === id;
  if (ts.isJsxAttribute(parent)) return true;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === id
  );
}

/** JSX treats a lower-case or dashed tag as a DOM element, not a binding. */
export function isIntrinsicTagName(name: string): boolean {
  return /^[a-z]/.test(name) || name.includes('-');
}

function isJsxTagName(id: ts.Identifier): boolean {
  const parent = id.parent;
  return (ts.isJsxOpeningElement(parent) || ts.isJsxSelfClosingElement(parent)) && parent.tagName === id;
}

function isDeclarationName(id: ts.Identifier): boolean {
  const parent = id.parent as ts.Node & { name?: ts.Node };
  return parent.name === id && (ts.isDeclarationStatement(parent) || isNamedDeclaration(parent));
}

function isNamedDeclaration(node: ts.Node): boolean {
  return (
    ts.isVariableDeclaration(node) ||
    ts.isParameter(node) ||
    ts.isFunctionExpression(node) ||
    ts.isClassExpression(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isPropertySignature(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isMethodSignature(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isEnumMember(node) ||
    ts.isTypeParameterDeclaration(node) ||
    ts.isPropertyAssignment(node) ||
    ts.isBindingElement(node)
  );
}

/** Inside a type annotation, type alias, interface or `implements` clause — but `extends X` of a class is a value. */
function isInTypePosition(id: ts.Identifier): boolean {
  let node: ts.Node = id;
  while (node.parent) {
    const parent = node.parent;
    if (ts.isExpressionWithTypeArguments(parent) && parent.expression === node) {
      const clause = parent.parent;
      return !(ts.isHeritageClause(clause) && clause.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(clause.parent));
    }
    if (ts.isTypeNode(parent) || ts.isInterfaceDeclaration(parent) || ts.isTypeAliasDeclaration(parent)) return true;
    if (ts.isStatement(parent) || ts.isSourceFile(parent) || ts.isBlock(parent)) return false;
    node = parent;
  }
  return false;
}

/** The symbol an identifier refers to, looking through shorthand properties and local export specifiers. */
export function symbolOfReference(id: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  const parent = id.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === id) {
    return checker.getShorthandAssignmentValueSymbol(parent);
  }
  if (ts.isExportSpecifier(parent) && !parent.parent.parent.moduleSpecifier) {
    return checker.getExportSpecifierLocalTargetSymbol(parent);
  }
  return checker.getSymbolAtLocation(id);
}

export interface FreeReference {
  readonly id: ts.Identifier;
  readonly name: string;
  /** Used as a component tag: `<Name …>`. */
  readonly jsxTag: boolean;
}

/** Value references the module itself does not declare, in source order. */
export function freeReferences(sourceFile: ts.SourceFile, checker: ts.TypeChecker): FreeReference[] {
  const free: FreeReference[] = [];
  forEachDescendant(sourceFile, (node) => {
    if (ts.isIdentifier(node) && isValueReference(node) && symbolOfReference(node, checker) === undefined) {
      free.push({ id: node, name: node.text, jsxTag: isJsxTagName(node) });
    }
  });
  return free;
}

/** Every identifier spelled like one of `names`, by name, from one walk of the module. */
export function identifiersSpelled(sourceFile: ts.SourceFile, names: ReadonlySet<string>): Map<string, ts.Identifier[]> {
  const found = new Map<string, ts.Identifier[]>();
  if (names.size === 0) return found;
  forEachDescendant(sourceFile, (node) => {
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const list = found.get(node.text);
      if (list) list.push(node);
      else found.set(node.text, [node]);
    }
    return undefined;
  });
  return found;
}

/**
 * Of `spelled` (the identifiers of one name, from `identifiersSpelled`), those that refer to `symbol`,
 * declaration included.
 */
export function identifiersReferring(spelled: readonly ts.Identifier[], checker: ts.TypeChecker, symbol: ts.Symbol): ts.Identifier[] {
  return spelled.filter((id) => sameSymbol(symbolOfReference(id, checker), symbol, checker));
}

/** Whether `name`, read at `location`, reaches `symbol` — no declaration in a scope between shadows it. */
export function nameReaches(name: string, location: ts.Node, symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  return sameSymbol(checker.resolveName(name, location, ts.SymbolFlags.Value, false), symbol, checker);
}

function sameSymbol(candidate: ts.Symbol | undefined, symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  if (!candidate) return false;
  // An exported declaration has a local and an export symbol; references inside the module may see either.
  return candidate === symbol || checker.getExportSymbolOfSymbol(candidate) === checker.getExportSymbolOfSymbol(symbol);
}
