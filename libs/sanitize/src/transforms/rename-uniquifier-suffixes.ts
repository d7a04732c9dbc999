import { ts } from 'ts-morph';
import { identifiersReferring, identifiersSpelled, isPropertyName } from '../references';
import type { TextEdit } from '../scene-module';
import type { ModuleTransformation } from '../step';
import { forEachDescendant } from '../syntax';
import { uniquifiedDeclarations } from './uniquifier-suffix';

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined')
    .split(' '),
);

/**
 * Renames top-level names carrying a scene-compiler id (see `uniquifier-suffix.ts`) back to the names they
 * had, through the AST: every reference the checker resolves to the declaration is rewritten (a shorthand
 * property keeps its key). A name is used only when it is free — nothing in the module spells it as a
 * binding in any scope (so nothing is shadowed or captured), no earlier rename took it, and it is not a
 * reserved word or a browser or runtime global it would shadow; otherwise the first free one of `name2`,
 * `name3`, … is used, in declaration order.
 */
export const renameUniquifierSuffixes: ModuleTransformation = {
  name: 'rename-uniquifier-suffixes',
  apply(scene, context) {
    const candidates = uniquifiedDeclarations(scene.node);
    if (candidates.length === 0) return undefined;

    const spelled = identifiersSpelled(scene.node, new Set(candidates.map(({ declaration }) => declaration.text)));
    const taken = bindingSpellings(scene.node);
    const isFree = (name: string): boolean =>
      !taken.has(name) && !RESERVED.has(name) && !context.environment.globals.has(name) && !context.contract.globalNames.has(name);

    const edits: TextEdit[] = [];
    const renamed: string[] = [];
    for (const { declaration, clean } of candidates) {
      const symbol = scene.checker.getSymbolAtLocation(declaration);
      if (!symbol) continue;
      const name = firstFree(clean, isFree);
      taken.add(name);
      for (const reference of identifiersReferring(spelled.get(declaration.text) ?? [], scene.checker, symbol)) {
        edits.push(renamedReference(reference, name));
      }
      renamed.push(`renamed-suffix:${declaration.text}→${name}`);
      if (context.hints.component === declaration.text) context.hints.component = name;
    }
    scene.applyEdits(edits);
    renamed.forEach((fix) => context.fix(fix));
    return undefined;
  },
};

/** Every name an identifier spells outside property position: property names bind nothing, so `props.title` leaves `title` free. */
function bindingSpellings(sourceFile: ts.SourceFile): Set<string> {
  const spelled = new Set<string>();
  forEachDescendant(sourceFile, (node) => {
    if (ts.isIdentifier(node) && !isPropertyName(node)) spelled.add(node.text);
  });
  return spelled;
}

function firstFree(name: string, isFree: (name: string) => boolean): string {
  if (isFree(name)) return name;
  let counter = 2;
  while (!isFree(`${name}${counter}`)) counter += 1;
  return `${name}${counter}`;
}

/** A reference spelled with the new name; a shorthand property or binding keeps its key. */
function renamedReference(reference: ts.Identifier, name: string): TextEdit {
  const parent = reference.parent;
  const shorthand =
    ts.isShorthandPropertyAssignment(parent) || (ts.isBindingElement(parent) && !parent.propertyName && ts.isObjectBindingPattern(parent.parent));
  return { start: reference.getStart(), end: reference.getEnd(), text: shorthand ? `${reference.text}: ${name}` : name };
}

