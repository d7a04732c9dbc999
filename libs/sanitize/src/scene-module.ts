import { Project, ts, type SourceFile } from 'ts-morph';
import { parsedWithinStack } from './nesting';

/** A replacement of `[start, end)` of the module text; edits applied together must not overlap. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const SCENE_PATH = '/scene.tsx';

/**
 * The one ts-morph Project a sanitizer owns: an in-memory file system holding a single scene file that every
 * call replaces. No lib files are loaded — the checker here only resolves what the module declares itself;
 * what the browser provides comes from `browserEnvironment()`, read once — so rebuilding the program after
 * an edit stays around a millisecond.
 */
export class SceneWorkspace {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.Preserve,
      noLib: true,
      noResolve: true,
      types: [],
      noEmit: true,
    },
  });

  private current: SceneModule | undefined;

  /** Loads `text` as the current scene, replacing whatever the previous call left (re-parsing only if it differs). */
  open(text: string): SceneModule {
    if (this.current?.text !== text) {
      this.current = new SceneModule(this.project, sceneFile(this.project, text));
    }
    return this.current;
  }

  /** Syntax diagnostics of `text` parsed as TSX (parser errors only, no type checking). */
  syntaxErrors(text: string): readonly ts.Diagnostic[] {
    return this.open(text).syntaxErrors();
  }
}

/**
 * The scene being sanitized: a ts-morph SourceFile whose compiler tree and checker the transformations read.
 * They change it through `applyEdits` — replacements computed from node positions, applied in one re-parse —
 * rather than node-by-node manipulation, which would re-parse once per change.
 */
export class SceneModule {
  constructor(
    private readonly project: Project,
    private sourceFile: SourceFile,
  ) {}

  get node(): ts.SourceFile {
    return this.sourceFile.compilerNode;
  }

  get text(): string {
    return this.sourceFile.getFullText();
  }

  /** Resolves names to what the module declares; rebuilt by ts-morph only after the module changed. */
  get checker(): ts.TypeChecker {
    return this.project.getTypeChecker().compilerObject;
  }

  /** Parser errors in source order (the parser reports some, like unclosed tags, only when it gives up). */
  syntaxErrors(): readonly ts.Diagnostic[] {
    return parserErrors(this.node);
  }

  /** Applies non-overlapping edits in one re-parse; node references taken before are stale afterwards. */
  applyEdits(edits: readonly TextEdit[]): void {
    if (edits.length === 0) return;
    this.replaceText(withEdits(this.text, edits));
  }

  private replaceText(text: string): void {
    this.sourceFile = sceneFile(this.project, text);
  }
}

/**
 * A scene text parsed on its own, outside the project, exactly as the project parses its scene file: for a
 * read-only look (the formatted module) that needs neither ts-morph's wrappers nor a checker.
 */
export function parseScene(text: string): ts.SourceFile {
  return parsedWithinStack(() => ts.createSourceFile(SCENE_PATH, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX));
}

/**
 * What `Program.getSyntacticDiagnostics(file)` answers for a TSX file — its parser's diagnostics, sorted and
 * deduplicated — read from the file itself: building a program for it costs more than the question (it is
 * asked for every candidate text the text transformations try).
 */
export function parserErrors(sourceFile: ts.SourceFile): readonly ts.Diagnostic[] {
  const { parseDiagnostics } = sourceFile as ts.SourceFile & { parseDiagnostics: readonly ts.DiagnosticWithLocation[] };
  return [...ts.sortAndDeduplicateDiagnostics(parseDiagnostics)].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/** The project's one scene file, holding `text` from now on. */
function sceneFile(project: Project, text: string): SourceFile {
  return parsedWithinStack(() => project.createSourceFile(SCENE_PATH, text, { overwrite: true }));
}

/**
 * `text` (which starts at `offset` of the module) with non-overlapping `edits` applied. Built from pieces in
 * one pass: splicing edit by edit copies the whole text each time, quadratic for a name read 50,000 times.
 */
export function withEdits(text: string, edits: readonly TextEdit[], offset = 0): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of ordered) {
    const start = edit.start - offset;
    if (start < copied) throw new Error(`overlapping edits at ${edit.start}..${edit.end}`);
    pieces.push(text.slice(copied, start), edit.text);
    copied = edit.end - offset;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}
