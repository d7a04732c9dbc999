import { ts } from 'ts-morph';
import type { ModuleTransformation } from '../step';
import { refuse } from '../outcome';
import { lineOf, topLevelDeclarationNames } from '../syntax';

/**
 * The legacy function-body form — scene code written to run inside `new Function(…)`, ending in
 * `return Scene_X;` — becomes an ES module: the return goes, and the scene it named becomes the default export.
 * Any other top-level return is not a shape we know, so it is refused rather than guessed.
 */
export const moduleFromReturnScene: ModuleTransformation = {
  name: 'module-from-return-scene',
  apply(scene, context) {
    const statements = scene.node.statements;
    const returns = statements.filter(ts.isReturnStatement);
    if (returns.length === 0) return undefined;
    const last = statements[statements.length - 1];
    const named = returns.length === 1 && returns[0] === last ? returns[0]!.expression : undefined;
    const declared = new Set(topLevelDeclarationNames(scene.node).map((name) => name.text));
    if (!named || !ts.isIdentifier(named) || !declared.has(named.text)) {
      const at = returns.find((statement) => statement !== last || !named) ?? returns[0]!;
      return refuse(
        'UNSUPPORTED_TOP_LEVEL_RETURN',
        `top-level return at line ${lineOf(scene.node, at.getStart())} does not name a scene declared in the module`,
      );
    }
    context.hints.component ??= named.text;
    scene.applyEdits([{ start: last!.getFullStart(), end: last!.getEnd(), text: '' }]);
    context.fix('module-from-return-scene');
    return undefined;
  },
};
