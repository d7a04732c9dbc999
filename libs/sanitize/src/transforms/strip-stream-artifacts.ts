import { ts } from 'ts-morph';
import type { ModuleTransformation } from '../step';
import type { TextEdit } from '../scene-module';

/**
 * A streamed answer sometimes carries a stray token on its own line (a lone `x`). As a top-level statement
 * that is a bare identifier nothing declares — not the module, the browser or the runtime — it can only throw,
 * so it is noise and goes.
 */
export const stripStreamArtifacts: ModuleTransformation = {
  name: 'strip-stream-artifacts',
  apply(scene, context) {
    const edits: TextEdit[] = [];
    const stripped: string[] = [];
    for (const statement of scene.node.statements) {
      if (!ts.isExpressionStatement(statement) || !ts.isIdentifier(statement.expression)) continue;
      const name = statement.expression.text;
      if (context.environment.globals.has(name) || context.contract.globalNames.has(name)) continue;
      if (scene.checker.getSymbolAtLocation(statement.expression) !== undefined) continue;
      edits.push({ start: statement.getFullStart(), end: statement.getEnd(), text: '' });
      stripped.push(name);
    }
    scene.applyEdits(edits);
    for (const name of stripped) context.fix(`stripped-stream-artifact:${name}`);
    return undefined;
  },
};
