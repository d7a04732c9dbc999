import { ts } from 'ts-morph';
import { parsedWithinStack } from './nesting';

/** Parses TSX without a project: for read-only looks at a text (the project's file is the one being edited). */
export function parseTsx(text: string): ts.SourceFile {
  return parsedWithinStack(() => ts.createSourceFile('/scene.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
}

/**
 * Visits `node`'s descendants depth-first, in source order; returning `false` from `visit` skips that node's
 * children. An explicit stack rather than recursion: an operator chain `a + b + c …` is a tree as deep as it
 * is long, and megabyte modules hold chains deeper than the call stack.
 */
export function forEachDescendant(node: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const pending: ts.Node[] = [];
  const pushChildren = (parent: ts.Node): void => {
    const start = pending.length;
    // A block body, not `pending.push(child)` as the result: forEachChild stops at the first truthy return.
    ts.forEachChild(parent, (child) => {
      pending.push(child);
    });
    for (let low = start, high = pending.length - 1; low < high; low += 1, high -= 1) {
      [pending[low], pending[high]] = [pending[high]!, pending[low]!];
    }
  };
  pushChildren(node);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (visit(next) !== false) pushChildren(next);
  }
}

export function isPascalCase(name: string): boolean {
  return /^[A-Z][A-Za-z0-9_$]*$/.test(name);
}

export function lineOf(sourceFile: ts.SourceFile, position: number): number {
  return sourceFile.getLineAndCharacterOfPosition(position).line + 1;
}

/** `React.createElement(…)`: the compiled form of JSX. */
export function isReactCreateElement(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === 'React' &&
    node.expression.name.text === 'createElement'
  );
}

/** `window.<name>` (any name when omitted). */
export function isWindowMember(node: ts.Node, name?: string): node is ts.PropertyAccessExpression {
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'window' &&
    ts.isIdentifier(node.name) &&
    (name === undefined || node.name.text === name)
  );
}

/** Whether `node` builds React elements: JSX, or compiled `React.createElement` calls. */
export function rendersElements(node: ts.Node): boolean {
  let found = false;
  forEachDescendant(node, (child) => {
    if (found) return false;
    if (ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child) || ts.isJsxFragment(child) || isReactCreateElement(child)) {
      found = true;
      return false;
    }
    return undefined;
  });
  return found;
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

export interface TopLevelComponent {
  readonly name: string;
  readonly statement: ts.Statement;
  /** Function and class declarations can carry `export default` themselves; a `const` needs a statement. */
  readonly declaredAs: 'function' | 'class' | 'const';
}

/** Top-level PascalCase functions, classes and `const` function values that render elements, in order. */
export function topLevelComponents(sourceFile: ts.SourceFile): TopLevelComponent[] {
  const components: TopLevelComponent[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && isPascalCase(statement.name.text) && statement.body) {
      if (rendersElements(statement.body)) components.push({ name: statement.name.text, statement, declaredAs: 'function' });
    } else if (ts.isClassDeclaration(statement) && statement.name && isPascalCase(statement.name.text)) {
      if (statement.heritageClauses && rendersElements(statement)) {
        components.push({ name: statement.name.text, statement, declaredAs: 'class' });
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !isPascalCase(declaration.name.text) || !declaration.initializer) continue;
        if (isFunctionValue(declaration.initializer) && rendersElements(declaration.initializer)) {
          components.push({ name: declaration.name.text, statement, declaredAs: 'const' });
        }
      }
    }
  }
  return components;
}

/** An arrow or function expression, possibly wrapped as `React.memo(…)` / `React.forwardRef(…)`. */
function isFunctionValue(expression: ts.Expression): boolean {
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) return true;
  if (ts.isParenthesizedExpression(expression)) return isFunctionValue(expression.expression);
  if (ts.isCallExpression(expression) && expression.arguments.length >= 1) {
    const first = expression.arguments[0]!;
    return isFunctionValue(first);
  }
  return false;
}

/** Names declared by top-level statements (variables incl. destructured ones, functions, classes, enums). */
export function topLevelDeclarationNames(sourceFile: ts.SourceFile): ts.Identifier[] {
  const names: ts.Identifier[] = [];
  const collectBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectBinding(element.name);
  };
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) collectBinding(declaration.name);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name);
    }
  }
  return names;
}

/** `templateConfig`: the registry's metadata object exported beside the component. */
export function findTemplateConfig(
  sourceFile: ts.SourceFile,
): { statement: ts.VariableStatement; object: ts.ObjectLiteralExpression } | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === 'templateConfig' &&
        declaration.initializer &&
        ts.isObjectLiteralExpression(skipOuterExpressions(declaration.initializer))
      ) {
        return { statement, object: skipOuterExpressions(declaration.initializer) as ts.ObjectLiteralExpression };
      }
    }
  }
  return undefined;
}

/** Unwraps parentheses, `as`/`satisfies` and non-null assertions. */
export function skipOuterExpressions(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

export function propertyNamed(object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find(
    (property) =>
      property.name !== undefined &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
      property.name.text === name,
  );
}

/** A positive integer literal (`150`), the only duration the code states unambiguously. */
export function positiveIntegerLiteral(expression: ts.Expression | undefined): number | undefined {
  if (!expression) return undefined;
  const inner = skipOuterExpressions(expression);
  if (!ts.isNumericLiteral(inner)) return undefined;
  const value = Number(inner.text);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
