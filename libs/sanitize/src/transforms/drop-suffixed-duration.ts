import { ts } from 'ts-morph';
import { identifiersReferring, identifiersSpelled, nameReaches } from '../references';
import type { SceneModule, TextEdit } from '../scene-module';
import type { ModuleTransformation, StepContext } from '../step';
import { skipOuterExpressions } from '../syntax';
import { literalFrames } from './ensure-duration-export';
import { uniquifiedDeclarations } from './uniquifier-suffix';

const NAME = 'durationInFrames';

interface Duration {
  readonly statement: ts.VariableStatement;
  readonly name: ts.Identifier;
  readonly initializer: ts.Expression;
}

/**
 * Uniquified modules often declare the duration twice: the clean `durationInFrames` the runtime reads, and
 * `durationInFrames_Q4X8Z2M7` beside it — a second duration a model would learn. When both state the same
 * value (the same frames, or the same expression), the suffixed one goes and what read it reads the clean
 * one. When they disagree, the clean one is what production rendered with: an unread suffixed one goes,
 * a read one stays as a plain local (no longer exported; renamed later like any suffixed name whose clean
 * name is taken) — either way with a `duration-conflict` warning.
 */
export const dropSuffixedDuration: ModuleTransformation = {
  name: 'drop-suffixed-duration',
  apply(scene, context) {
    const clean = scene.node.statements.map((statement) => durationIn(statement, (name) => name.text === NAME)).find(Boolean);
    if (!clean) return undefined;
    const suffixed = new Set(uniquifiedDeclarations(scene.node).flatMap(({ declaration, clean: name }) => (name === NAME ? [declaration] : [])));
    const duplicates = scene.node.statements.flatMap((statement) => durationIn(statement, (name) => suffixed.has(name)) ?? []);
    if (duplicates.length === 0) return undefined;

    const spelled = identifiersSpelled(scene.node, new Set(duplicates.map((duplicate) => duplicate.name.text)));
    const edits = duplicates.flatMap((duplicate) => resolve(scene, context, clean, duplicate, spelled.get(duplicate.name.text) ?? []));
    scene.applyEdits(edits);
    return undefined;
  },
};

/** The edits settling one suffixed duration against the clean one, recording what was done. */
function resolve(scene: SceneModule, context: StepContext, clean: Duration, duplicate: Duration, spelled: readonly ts.Identifier[]): TextEdit[] {
  const name = duplicate.name.text;
  const symbol = scene.checker.getSymbolAtLocation(duplicate.name);
  const cleanSymbol = scene.checker.getSymbolAtLocation(clean.name);
  if (!symbol || !cleanSymbol) return [];
  const readers = identifiersReferring(spelled, scene.checker, symbol).filter((reference) => reference !== duplicate.name);
  const agree = sameDuration(scene.node, clean, duplicate);
  const describe = (duration: Duration): string => `${duration.name.text} = ${duration.initializer.getText()}`;
  const drop: TextEdit = { start: duplicate.statement.getFullStart(), end: duplicate.statement.getEnd(), text: '' };

  // `export { durationInFrames_X }` rewritten would export the clean name twice.
  const readsClean = (reader: ts.Identifier): boolean =>
    isCleanValue(reader, clean) ||
    (!ts.isExportSpecifier(reader.parent) && initialized(reader, clean) && nameReaches(NAME, reader, cleanSymbol, scene.checker));
  if (agree && readers.every(readsClean)) {
    context.fix(`dropped-suffixed-duration:${name}`);
    return [drop, ...readers.map((reader) => readClean(reader, clean, duplicate))];
  }
  if (!agree && readers.length === 0) {
    context.fix(`dropped-suffixed-duration:${name}`);
    context.warn(`duration-conflict: ${describe(duplicate)} dropped, ${describe(clean)} kept`);
    return [drop];
  }
  if (!agree) context.warn(`duration-conflict: ${describe(duplicate)} kept as a local, ${describe(clean)} exported`);
  const exported = (ts.getModifiers(duplicate.statement) ?? []).find((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  if (!exported) return [];
  context.fix(`unexported-suffixed-duration:${name}`);
  return [{ start: exported.getStart(), end: exported.getEnd(), text: '' }];
}

/** A reader of the suffixed duration rewritten to the clean one; the clean one's own value takes the suffixed one's. */
function readClean(reader: ts.Identifier, clean: Duration, duplicate: Duration): TextEdit {
  if (isCleanValue(reader, clean)) return { start: clean.initializer.getStart(), end: clean.initializer.getEnd(), text: duplicate.initializer.getText() };
  const parent = reader.parent;
  const text = ts.isShorthandPropertyAssignment(parent) ? `${reader.text}: ${NAME}` : NAME;
  return { start: reader.getStart(), end: reader.getEnd(), text };
}

/** Whether the clean duration has its value when `reader` runs: it reads later in the module, or inside a function. */
function initialized(reader: ts.Identifier, clean: Duration): boolean {
  return reader.getStart() > clean.statement.getEnd() || ts.findAncestor(reader, ts.isFunctionLike) !== undefined;
}

/** `durationInFrames = durationInFrames_Q4X8Z2M7`: the clean duration is only an alias of the suffixed one. */
function isCleanValue(reader: ts.Identifier, clean: Duration): boolean {
  return skipOuterExpressions(clean.initializer) === reader;
}

function sameDuration(sourceFile: ts.SourceFile, clean: Duration, duplicate: Duration): boolean {
  const frames = literalFrames(sourceFile, clean.initializer);
  if (frames !== undefined && frames === literalFrames(sourceFile, duplicate.initializer)) return true;
  return clean.initializer.getText() === duplicate.initializer.getText();
}

/** A `const`/`let`/`var` statement declaring one name that `matches`, with a value. */
function durationIn(statement: ts.Statement, matches: (name: ts.Identifier) => boolean): Duration | undefined {
  if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return undefined;
  const declaration = statement.declarationList.declarations[0]!;
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !matches(declaration.name)) return undefined;
  return { statement, name: declaration.name, initializer: declaration.initializer };
}
