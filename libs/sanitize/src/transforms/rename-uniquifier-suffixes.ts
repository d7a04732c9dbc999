import { ts } from 'ts-morph';
import { identifiersReferring, isPropertyName } from '../references';
import type { TextEdit } from '../scene-module';
import type { ModuleTransformation } from '../step';
import { forEachDescendant, topLevelDeclarationNames } from '../syntax';

/**
 * The scene compiler appends a short id to top-level names (`script_me44v5an`, `durationInFrames_8a7f2b3c`,
 * `Scene_ab12cd`) so scenes can share a page: 6–12 lower-case letters and digits with at least one of each
 * (so `my_variable`, `step_2` or `frame_12345678` are left alone).
 */
const UNIQUIFIER_SUFFIX = /^([A-Za-z_$][\w$]*?)_(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{6,12}$/;

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined')
    .split(' '),
);

/**
 * Renames suffixed top-level names back to their clean names, through the AST: every reference the checker
 * resolves to the declaration is rewritten (a shorthand property keeps its key). A clean name is used only
 * when it is free — nothing in the module declares or reads a binding of that name, no other suffixed name
 * wants it, and it is not a browser or runtime global it would shadow.
 */
export const renameUniquifierSuffixes: ModuleTransformation = {
  name: 'rename-uniquifier-suffixes',
  apply(scene, context) {
    const candidates = topLevelDeclarationNames(scene.node).flatMap((name) => {
      const match = UNIQUIFIER_SUFFIX.exec(name.text);
      return match ? [{ declaration: name, clean: match[1]! }] : [];
    });
    if (candidates.length === 0) return undefined;

    // Property names bind nothing, so `props.title` does not keep `title_ab12cd34` from becoming `title`.
    const spelled = new Set<string>();
    forEachDescendant(scene.node, (node) => {
      if (ts.isIdentifier(node) && !isPropertyName(node)) spelled.add(node.text);
    });
    const wanted = new Map<string, number>();
    for (const { clean } of candidates) wanted.set(clean, (wanted.get(clean) ?? 0) + 1);

    const edits: TextEdit[] = [];
    const renamed: string[] = [];
    for (const { declaration, clean } of candidates) {
      const free =
        !spelled.has(clean) &&
        wanted.get(clean) === 1 &&
        !RESERVED.has(clean) &&
        !context.environment.globals.has(clean) &&
        !context.contract.globalNames.has(clean);
      const symbol = free ? scene.checker.getSymbolAtLocation(declaration) : undefined;
      if (!symbol) continue;
      for (const reference of identifiersReferring(scene.node, scene.checker, symbol, declaration.text)) {
        const parent = reference.parent;
        const shorthand =
          ts.isShorthandPropertyAssignment(parent) || (ts.isBindingElement(parent) && !parent.propertyName && ts.isObjectBindingPattern(parent.parent));
        edits.push({ start: reference.getStart(), end: reference.getEnd(), text: shorthand ? `${reference.text}: ${clean}` : clean });
      }
      renamed.push(`renamed-suffix:${declaration.text}→${clean}`);
      if (context.hints.component === declaration.text) context.hints.component = clean;
    }
    scene.applyEdits(edits);
    renamed.forEach((fix) => context.fix(fix));
    return undefined;
  },
};
