import { ts } from 'ts-morph';
import { isIntrinsicTagName } from '../references';
import { withEdits, type TextEdit } from '../scene-module';
import type { ModuleTransformation } from '../step';
import { forEachDescendant, isReactCreateElement, skipOuterExpressions } from '../syntax';

/** Names a module binds at top level to `React.createElement` / `React.Fragment` (`const h = …`, `const { Fragment } = React`). */
interface ReactAliases {
  readonly factories: ReadonlySet<string>;
  readonly fragments: ReadonlySet<string>;
}

/**
 * Compiled `React.createElement(type, props, ...children)` trees become the JSX they were compiled from.
 * A call converts only when the JSX means exactly the same: a tag JSX can name (a string, or a capitalised
 * identifier / member path), props that are an object literal of plain attributes and spreads (or any
 * expression, spread whole), and no spread children. Other calls stay as they are — they are valid code —
 * while their arguments are still converted.
 */
export const jsxFromCreateElement: ModuleTransformation = {
  name: 'jsx-from-createElement',
  apply(scene, context) {
    if (!scene.text.includes('createElement')) return undefined;
    const converter = new JsxConverter(reactAliases(scene.node));
    const edits = converter.replacementsWithin(scene.node);
    if (edits.length === 0) return undefined;
    scene.applyEdits(edits);
    context.fix('jsx-from-createElement');
    return undefined;
  },
};

class JsxConverter {
  constructor(private readonly aliases: ReactAliases) {}

  /** Edits turning every outermost convertible call inside `root` into JSX. */
  replacementsWithin(root: ts.Node): TextEdit[] {
    const edits: TextEdit[] = [];
    forEachDescendant(root, (node) => {
      if (!this.isFactoryCall(node)) return undefined;
      const jsx = this.toJsx(node);
      if (jsx === undefined) return undefined;
      edits.push({ start: node.getStart(), end: node.getEnd(), text: needsParentheses(node) ? `(${jsx})` : jsx });
      return false;
    });
    return edits;
  }

  /** The source text of `node` with the calls inside it converted. */
  private rewrite(node: ts.Node): string {
    if (this.isFactoryCall(node)) {
      const jsx = this.toJsx(node);
      if (jsx !== undefined) return jsx;
    }
    return withEdits(node.getText(), this.replacementsWithin(node), node.getStart());
  }

  private isFactoryCall(node: ts.Node): node is ts.CallExpression {
    if (isReactCreateElement(node)) return true;
    return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && this.aliases.factories.has(node.expression.text);
  }

  private toJsx(call: ts.CallExpression): string | undefined {
    const [type, props, ...children] = call.arguments;
    if (!type || call.arguments.some(ts.isSpreadElement)) return undefined;
    const fragment = this.isFragment(type);
    const tag = fragment ? undefined : tagName(type);
    if (!fragment && tag === undefined) return undefined;
    const attributes = props === undefined ? [] : this.attributes(props);
    if (attributes === undefined) return undefined;
    const body = children.map((child) => this.child(child));

    if (fragment && attributes.length === 0) return `<>${body.join('')}</>`;
    const name = tag ?? type.getText();
    const opening = [name, ...attributes].join(' ');
    return body.length === 0 ? `<${opening} />` : `<${opening}>${body.join('')}</${name}>`;
  }

  private isFragment(type: ts.Expression): boolean {
    if (ts.isPropertyAccessExpression(type)) {
      return ts.isIdentifier(type.expression) && type.expression.text === 'React' && type.name.text === 'Fragment';
    }
    return ts.isIdentifier(type) && this.aliases.fragments.has(type.text);
  }

  /** JSX attributes for a props argument, or undefined when some property has no JSX equivalent. */
  private attributes(props: ts.Expression): string[] | undefined {
    const inner = skipOuterExpressions(props);
    if (inner.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(inner) && inner.text === 'undefined')) return [];
    if (!ts.isObjectLiteralExpression(inner)) return [`{...${this.rewrite(props)}}`];
    const attributes: string[] = [];
    for (const property of inner.properties) {
      if (ts.isSpreadAssignment(property)) {
        attributes.push(`{...${this.rewrite(property.expression)}}`);
      } else if (ts.isShorthandPropertyAssignment(property) && !property.objectAssignmentInitializer) {
        attributes.push(`${property.name.text}={${property.name.text}}`);
      } else if (ts.isPropertyAssignment(property) && attributeName(property.name) !== undefined) {
        attributes.push(`${attributeName(property.name)}=${this.attributeValue(property.initializer)}`);
      } else {
        return undefined;
      }
    }
    return attributes;
  }

  private attributeValue(value: ts.Expression): string {
    // JSX attribute strings are taken literally except for HTML entities, so only plain text may go unbraced.
    if (ts.isStringLiteral(value) && /^[^"&\\\n\r]*$/.test(value.text) && !/\\/.test(value.getText())) {
      return `"${value.text}"`;
    }
    return `{${this.rewrite(value)}}`;
  }

  private child(child: ts.Expression): string {
    if (this.isFactoryCall(child)) {
      const jsx = this.toJsx(child);
      if (jsx !== undefined) return jsx;
    }
    // Plain words keep their exact spacing as JSX text; anything JSX would read differently stays an expression.
    if (ts.isStringLiteral(child) && /^[^\s{}<>&]+( [^\s{}<>&]+)*$/.test(child.text) && !/\\/.test(child.getText())) {
      return child.text;
    }
    return `{${this.rewrite(child)}}`;
  }
}

/** The JSX name for a createElement type, or undefined when JSX cannot name it. */
function tagName(type: ts.Expression): string | undefined {
  if (ts.isStringLiteral(type)) return /^[a-z][\w-]*$/.test(type.text) ? type.text : undefined;
  if (ts.isIdentifier(type)) return isIntrinsicTagName(type.text) ? undefined : type.text;
  if (ts.isPropertyAccessExpression(type)) {
    const path: string[] = [];
    let current: ts.Expression = type;
    while (ts.isPropertyAccessExpression(current)) {
      if (!ts.isIdentifier(current.name)) return undefined;
      path.unshift(current.name.text);
      current = current.expression;
    }
    if (!ts.isIdentifier(current)) return undefined;
    return [current.text, ...path].join('.');
  }
  return undefined;
}

function attributeName(name: ts.PropertyName): string | undefined {
  const text = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
  return text !== undefined && /^[A-Za-z_$][\w$-]*(:[A-Za-z_$][\w$-]*)?$/.test(text) ? text : undefined;
}

/** A JSX element directly followed by `.x`, `[x]` or `(…)` needs parentheses to stay one expression. */
function needsParentheses(call: ts.CallExpression): boolean {
  const parent = call.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === call) ||
    ((ts.isCallExpression(parent) || ts.isTaggedTemplateExpression(parent)) &&
      (ts.isCallExpression(parent) ? parent.expression : parent.tag) === call)
  );
}

function reactAliases(sourceFile: ts.SourceFile): ReactAliases {
  const factories = new Set<string>();
  const fragments = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && skipOuterExpressions(declaration.initializer);
      if (!init) continue;
      if (ts.isIdentifier(declaration.name) && ts.isPropertyAccessExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'React') {
        if (init.name.text === 'createElement') factories.add(declaration.name.text);
        if (init.name.text === 'Fragment') fragments.add(declaration.name.text);
      } else if (ts.isObjectBindingPattern(declaration.name) && ts.isIdentifier(init) && init.text === 'React') {
        for (const element of declaration.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const property = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
          if (property === 'createElement') factories.add(element.name.text);
          if (property === 'Fragment') fragments.add(element.name.text);
        }
      }
    }
  }
  return { factories, fragments };
}
