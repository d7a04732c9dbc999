import { ts } from 'ts-morph';
import { refuse } from '../outcome';
import type { SceneModule, TextEdit } from '../scene-module';
import type { ModuleTransformation } from '../step';
import { hasModifier, lineOf, topLevelComponents, type TopLevelComponent } from '../syntax';

type DefaultExport =
  | { form: 'declaration'; statement: ts.Statement }
  | { form: 'assignment'; statement: ts.ExportAssignment }
  | { form: 'specifier'; statement: ts.ExportDeclaration; specifier: ts.ExportSpecifier };

/**
 * Exactly one `export default`, the scene component. A module without one exports the component a trailing
 * `return X` or the registry config named, else its last top-level component; `export { X as default }` is
 * written `export default X;`. Two default exports are refused — which one is the scene is a guess.
 */
export const ensureDefaultExport: ModuleTransformation = {
  name: 'ensure-default-export',
  apply(scene, context) {
    const defaults = defaultExports(scene.node);
    if (defaults.length > 1) {
      const lines = defaults.map((found) => lineOf(scene.node, found.statement.getStart())).join(', ');
      return refuse('MULTIPLE_DEFAULT_EXPORTS', `${defaults.length} default exports (lines ${lines})`);
    }
    const existing = defaults[0];
    if (existing?.form === 'specifier') {
      scene.applyEdits(specifierAsStatement(existing.statement, existing.specifier));
      context.fix('default-export-as-statement');
      return undefined;
    }
    if (existing) return undefined;

    const named = context.hints.component;
    const component = named !== undefined ? namedScene(scene.node, named) : topLevelComponents(scene.node).at(-1);
    if (!component) {
      const why = named !== undefined ? `\`${named}\`, which the code names as the scene, is not declared at top level` : 'no top-level component renders JSX';
      return refuse('NO_COMPONENT', `no export default and ${why}`);
    }
    scene.applyEdits([exportDefault(scene, component.statement, component.name, component.declaredAs)]);
    context.fix('added-default-export');
    return undefined;
  },
};

/** The top-level declaration the code itself named as the scene; trusted even when it does not look like a component. */
function namedScene(sourceFile: ts.SourceFile, name: string): TopLevelComponent | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return { name, statement, declaredAs: 'function' };
    if (ts.isClassDeclaration(statement) && statement.name?.text === name) return { name, statement, declaredAs: 'class' };
    if (ts.isVariableStatement(statement) && statement.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)) {
      return { name, statement, declaredAs: 'const' };
    }
  }
  return undefined;
}

function defaultExports(sourceFile: ts.SourceFile): DefaultExport[] {
  const found: DefaultExport[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      found.push({ form: 'assignment', statement });
    } else if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      found.push({ form: 'declaration', statement });
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const specifier of statement.exportClause.elements) {
        if (specifier.name.text === 'default') found.push({ form: 'specifier', statement, specifier });
      }
    }
  }
  return found;
}

function specifierAsStatement(statement: ts.ExportDeclaration, specifier: ts.ExportSpecifier): TextEdit[] {
  const local = (specifier.propertyName ?? specifier.name).getText();
  const others = (statement.exportClause as ts.NamedExports).elements.filter((element) => element !== specifier);
  const rest = others.length > 0 ? `export { ${others.map((element) => element.getText()).join(', ')} };\n` : '';
  return [{ start: statement.getStart(), end: statement.getEnd(), text: `${rest}export default ${local};` }];
}

/** `export default` on a function or class declaration; a `const` component gets `export default X;` at the end. */
function exportDefault(scene: SceneModule, statement: ts.Statement, name: string, declaredAs: 'function' | 'class' | 'const'): TextEdit {
  if (declaredAs === 'const') return { start: scene.text.length, end: scene.text.length, text: `\nexport default ${name};\n` };
  const exportKeyword = (ts.getModifiers(statement as ts.FunctionDeclaration) ?? []).find((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  if (exportKeyword) return { start: exportKeyword.getEnd(), end: exportKeyword.getEnd(), text: ' default' };
  return { start: statement.getStart(), end: statement.getStart(), text: 'export default ' };
}
