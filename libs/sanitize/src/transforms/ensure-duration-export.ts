import { ts } from 'ts-morph';
import { refuse } from '../outcome';
import type { TextEdit } from '../scene-module';
import type { ModuleTransformation } from '../step';
import { hasModifier, lineOf, positiveIntegerLiteral, skipOuterExpressions } from '../syntax';

const NAME = 'durationInFrames';

/**
 * Exactly one `export const durationInFrames = …`. A top-level `const durationInFrames` that is not exported
 * (or exported through `export { durationInFrames }`) is exported in place; a module without one gets the
 * duration the registry config stated, else the metadata's. When the code's literal and the metadata
 * disagree the code wins — it is what production rendered — and the disagreement is a warning.
 */
export const ensureDurationExport: ModuleTransformation = {
  name: 'ensure-duration-export',
  apply(scene, context) {
    const sourceFile = scene.node;
    const declarations = sourceFile.statements.flatMap((statement) => durationDeclarations(statement));
    const specifiers = localExportSpecifiers(sourceFile).filter((specifier) => specifier.name.text === NAME);
    const misfit = declarationShapeProblem(sourceFile, declarations, specifiers);
    if (misfit) return refuse('INVALID_DURATION_EXPORT', misfit);

    const found = declarations[0];
    if (!found) {
      const frames = context.hints.durationInFrames ?? context.raw.duration;
      scene.applyEdits([{ start: scene.text.length, end: scene.text.length, text: `\nexport const ${NAME} = ${frames};\n` }]);
      context.fix('added-duration-export');
      warnOnMismatch(frames, context.raw.duration, context.warn);
      return undefined;
    }

    if (!hasModifier(found.statement, ts.SyntaxKind.ExportKeyword)) {
      const edits: TextEdit[] = [{ start: found.statement.getStart(), end: found.statement.getStart(), text: 'export ' }];
      for (const specifier of specifiers) edits.push(...withoutSpecifier(specifier));
      scene.applyEdits(edits);
      context.fix('exported-duration');
    }
    const frames = literalFrames(sourceFile, found.declaration.initializer);
    if (frames !== undefined) warnOnMismatch(frames, context.raw.duration, context.warn);
    return undefined;
  },
};

/** The frames `durationInFrames` states as a literal (directly, or through one top-level const), else undefined. */
export function literalFrames(sourceFile: ts.SourceFile, initializer: ts.Expression | undefined): number | undefined {
  const direct = positiveIntegerLiteral(initializer);
  if (direct !== undefined || !initializer) return direct;
  const inner = skipOuterExpressions(initializer);
  if (!ts.isIdentifier(inner)) return undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === inner.text) return positiveIntegerLiteral(declaration.initializer);
    }
  }
  return undefined;
}

/** The exported `durationInFrames` declaration of a finished module. */
export function durationDeclaration(sourceFile: ts.SourceFile): ts.VariableDeclaration | undefined {
  return sourceFile.statements.flatMap((statement) => durationDeclarations(statement))[0]?.declaration;
}

function warnOnMismatch(code: number, metadata: number, warn: (message: string) => void): void {
  if (code !== metadata) warn(`duration-mismatch: code ${code}, metadata ${metadata}`);
}

interface DurationDeclaration {
  readonly statement: ts.VariableStatement;
  readonly declaration: ts.VariableDeclaration;
}

function durationDeclarations(statement: ts.Statement): DurationDeclaration[] {
  if (!ts.isVariableStatement(statement)) return [];
  return statement.declarationList.declarations
    .filter((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === NAME)
    .map((declaration) => ({ statement, declaration }));
}

function localExportSpecifiers(sourceFile: ts.SourceFile): ts.ExportSpecifier[] {
  return sourceFile.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)
      ? [...statement.exportClause.elements]
      : [],
  );
}

/** Why the module's durationInFrames cannot become one `export const`, or undefined when it can. */
function declarationShapeProblem(
  sourceFile: ts.SourceFile,
  declarations: readonly DurationDeclaration[],
  specifiers: readonly ts.ExportSpecifier[],
): string | undefined {
  const at = (node: ts.Node): string => `line ${lineOf(sourceFile, node.getStart())}`;
  if (declarations.length > 1) return `durationInFrames is declared ${declarations.length} times`;
  const found = declarations[0];
  if (found) {
    if (!(found.statement.declarationList.flags & ts.NodeFlags.Const)) return `durationInFrames is not a const (${at(found.statement)})`;
    if (found.statement.declarationList.declarations.length > 1) return `durationInFrames shares its declaration with other names (${at(found.statement)})`;
    if (!found.declaration.initializer) return `durationInFrames has no value (${at(found.statement)})`;
  }
  const aliased = specifiers.find((specifier) => specifier.propertyName && specifier.propertyName.text !== NAME);
  if (aliased) return `durationInFrames is exported as an alias of ${aliased.propertyName!.getText()} (${at(aliased)})`;
  if (!found && specifiers.length > 0) return `durationInFrames is exported but not declared as a const (${at(specifiers[0]!)})`;
  for (const statement of sourceFile.statements) {
    const other =
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name?.text === NAME
        ? statement
        : ts.isVariableStatement(statement) &&
            statement.declarationList.declarations.some((declaration) => !ts.isIdentifier(declaration.name) && bindsName(declaration.name, NAME))
          ? statement
          : undefined;
    if (other) return `durationInFrames is declared as something other than a const value (${at(other)})`;
  }
  return undefined;
}

function bindsName(pattern: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(pattern)) return pattern.text === name;
  return pattern.elements.some((element) => !ts.isOmittedExpression(element) && bindsName(element.name, name));
}

function withoutSpecifier(specifier: ts.ExportSpecifier): TextEdit[] {
  const declaration = specifier.parent.parent;
  const others = specifier.parent.elements.filter((element) => element !== specifier);
  const text = others.length > 0 ? `export { ${others.map((element) => element.getText()).join(', ')} };` : '';
  return [{ start: declaration.getStart(), end: declaration.getEnd(), text }];
}
