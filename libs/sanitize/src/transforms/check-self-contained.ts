import { refuse } from '../outcome';
import { freeReferences } from '../references';
import type { ModuleTransformation } from '../step';
import { forEachDescendant, isWindowMember, lineOf } from '../syntax';

/**
 * Every value the module reads is declared in it, provided by the browser (TypeScript's lib.d.ts for
 * ES2023 + DOM) or by the runtime contract. A component tag must be the module's own or the contract's — a
 * DOM constructor such as `Text` or `Image` is not a component. `window.X` must be a browser or contract
 * global. Anything else lives in another scene or a helper file, and the scene would not run on its own.
 */
export const checkSelfContained: ModuleTransformation = {
  name: 'check-self-contained',
  apply(scene, context) {
    const sourceFile = scene.node;
    const undefinedNames = new Map<string, number>();
    for (const reference of freeReferences(sourceFile, scene.checker)) {
      const provided = context.contract.globalNames.has(reference.name) || (!reference.jsxTag && context.environment.globals.has(reference.name));
      if (!provided && !undefinedNames.has(reference.name)) undefinedNames.set(reference.name, lineOf(sourceFile, reference.id.getStart()));
    }
    if (undefinedNames.size > 0) {
      const listed = [...undefinedNames].map(([name, line]) => `\`${name}\` (line ${line})`).join(', ');
      return refuse('UNDEFINED_IDENTIFIER', `${listed} used but declared neither in the module nor by the runtime contract`);
    }

    let unknownGlobal: string | undefined;
    forEachDescendant(sourceFile, (node) => {
      if (unknownGlobal !== undefined) return false;
      if (!isWindowMember(node) || scene.checker.getSymbolAtLocation(node.expression) !== undefined) return undefined;
      const name = node.name.text;
      if (!context.environment.windowProperties.has(name) && !context.contract.globalNames.has(name)) {
        unknownGlobal = `window.${name} (line ${lineOf(sourceFile, node.getStart())}) is provided neither by the browser nor by the runtime contract`;
      }
      return undefined;
    });
    return unknownGlobal === undefined ? undefined : refuse('UNKNOWN_GLOBAL', unknownGlobal);
  },
};

