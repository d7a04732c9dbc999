import { ts } from 'ts-morph';
import type { TextTransformation } from '../step';
import { findTemplateConfig, parseTsx, positiveIntegerLiteral, propertyNamed, skipOuterExpressions, topLevelComponents } from '../syntax';

/**
 * A registry module whose only scene is the string `templateConfig.getCode()` (or a top-level `getCode()`)
 * returns: that string is the code production runs, so it becomes the module. A module that declares its
 * component is left to `dropTemplateConfig`, which keeps the component and drops the string.
 */
export const takeGetCodeString: TextTransformation = {
  name: 'take-get-code-string',
  apply(text, context) {
    if (!text.includes('getCode')) return text;
    const sourceFile = parseTsx(text);
    if (topLevelComponents(sourceFile).length > 0) return text;
    const config = findTemplateConfig(sourceFile);
    const getCode = (config && propertyNamed(config.object, 'getCode')) ?? topLevelGetCode(sourceFile);
    const code = getCode && staticReturnedString(getCode);
    if (code === undefined) return text;
    if (config) {
      const duration = propertyNamed(config.object, 'durationInFrames') ?? propertyNamed(config.object, 'duration');
      const frames = duration && ts.isPropertyAssignment(duration) ? positiveIntegerLiteral(duration.initializer) : undefined;
      if (frames !== undefined) context.hints.durationInFrames = frames;
    }
    context.fix('code-from-getCode');
    return code;
  },
};

function topLevelGetCode(sourceFile: ts.SourceFile): ts.FunctionDeclaration | undefined {
  return sourceFile.statements.find(
    (statement): statement is ts.FunctionDeclaration => ts.isFunctionDeclaration(statement) && statement.name?.text === 'getCode',
  );
}

/** The string a `getCode` function returns when it is a literal without substitutions; else undefined. */
function staticReturnedString(node: ts.Node): string | undefined {
  let body: ts.ConciseBody | undefined;
  if (ts.isPropertyAssignment(node)) {
    const value = skipOuterExpressions(node.initializer);
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) body = value.body;
  } else if (ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) {
    body = node.body;
  }
  if (!body) return undefined;
  let returned: ts.Expression | undefined;
  if (ts.isBlock(body)) {
    const only = body.statements.length === 1 ? body.statements[0] : undefined;
    if (only && ts.isReturnStatement(only)) returned = only.expression;
  } else {
    returned = body;
  }
  if (!returned) return undefined;
  const literal = skipOuterExpressions(returned);
  return ts.isNoSubstitutionTemplateLiteral(literal) || ts.isStringLiteral(literal) ? literal.text : undefined;
}
