import { SanitizedScene, type RawTemplate } from '@dataset/domain';
import * as prettier from 'prettier';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDemoCorpus, type DemoCorpus } from '../scripts/demo-corpus';
import { REMOTION_SCENE_NAMES, RUNTIME_CONTRACT } from './contract';
import { PRETTIER_OPTIONS } from './formatting';
import type { SanitizeOutcome } from './outcome';
import { createSanitizer } from './sanitizer';
import { normalizeCodeForDedup } from './dedup-normal-form';
import { normalizeSanitizedCodeForDedup } from './normal-form';

/**
 * The demo corpus through the sanitizer: every kept template is checked against guarantees 1–8 of the issue
 * by means independent of the sanitizer — the workspace's own `typescript` package (not the compiler
 * ts-morph bundles), prettier's `check`, and plain syntax-tree queries — and every rejected template must
 * carry the code the corpus expects.
 */

let corpus: DemoCorpus;
const outcomes = new Map<string, { raw: RawTemplate; outcome: SanitizeOutcome }>();

beforeAll(async () => {
  corpus = readDemoCorpus();
  const sanitizer = createSanitizer();
  for (const raw of corpus.templates) outcomes.set(raw.templateId, { raw, outcome: await sanitizer.sanitize(raw) });
});

function kept(): Array<[string, SanitizedScene]> {
  return [...outcomes].flatMap(([id, { outcome }]) => (outcome.kind === 'kept' ? [[id, outcome.scene] as [string, SanitizedScene]] : []));
}

function parse(code: string): ts.SourceFile {
  return ts.createSourceFile('scene.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

function transpile(code: string, removeComments: boolean): ts.TranspileOutput {
  return ts.transpileModule(code, {
    fileName: 'scene.tsx',
    reportDiagnostics: true,
    compilerOptions: { jsx: ts.JsxEmit.React, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments },
  });
}

/** "Cannot find name" in its variants: what an undeclared free identifier produces. */
const CANNOT_FIND_NAME = new Set([2304, 2552, 2580, 2581, 2582, 2583, 2591, 2662, 2663]);

/** Semantic diagnostics against lib.es2023 + lib.dom plus ambient declarations of the contract's globals. */
function createNameResolver(): (code: string) => string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    jsx: ts.JsxEmit.Preserve,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    noEmit: true,
    skipLibCheck: true,
  };
  const ambient = RUNTIME_CONTRACT.globals.map((global) => `declare var ${global.name}: any;`).join('\n');
  const host = ts.createCompilerHost(options);
  const libraries = new Map<string, ts.SourceFile | undefined>();
  const files = new Map<string, string>([['/contract-globals.d.ts', ambient]]);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion) => {
    const text = files.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, languageVersion, true);
    if (!libraries.has(name)) libraries.set(name, getSourceFile(name, languageVersion));
    return libraries.get(name);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  return (code) => {
    files.set('/scene.tsx', code);
    const program = ts.createProgram(['/contract-globals.d.ts', '/scene.tsx'], options, host);
    return program
      .getSemanticDiagnostics(program.getSourceFile('/scene.tsx'))
      .filter((diagnostic) => CANNOT_FIND_NAME.has(diagnostic.code))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
  };
}

describe('the demo corpus through the sanitizer', () => {
  it('rejects exactly the templates the corpus expects to fail, each with its expected code', () => {
    const expected = new Map<string, string>();
    for (const [id, expectation] of corpus.expectations) {
      if (expectation.outcome === 'kept') expected.set(id, 'kept');
      if (expectation.outcome === 'rejected') expected.set(id, expectation.rejectionCode ?? '?');
    }
    const actual = new Map([...outcomes].map(([id, { outcome }]) => [id, outcome.kind === 'kept' ? 'kept' : outcome.rejection.code]));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    for (const { outcome } of outcomes.values()) {
      if (outcome.kind === 'rejected') expect(outcome.rejection).toMatchObject({ stage: 'sanitized', message: expect.stringMatching(/\S/) });
    }
  });

  it('keeps scenes that match the SanitizedScene schema', () => {
    for (const [, scene] of kept()) expect(SanitizedScene.parse(scene)).toEqual(scene);
  });

  it('1. every kept scene parses as TSX with zero syntax diagnostics and transpiles to JS', () => {
    for (const [id, scene] of kept()) {
      const output = transpile(scene.code, false);
      expect(output.diagnostics, id).toEqual([]);
      expect(output.outputText.length, id).toBeGreaterThan(0);
    }
  });

  it('2. every kept scene starts and ends with code: no fences, prose or stray tokens', () => {
    for (const [id, scene] of kept()) {
      expect(scene.code.startsWith('const {'), id).toBe(true);
      expect(scene.code, id).not.toContain('```');
      expect(scene.code.trimEnd(), id).toMatch(/[;}]$/);
      const strays = parse(scene.code).statements.filter((s) => ts.isExpressionStatement(s) && ts.isIdentifier(s.expression));
      expect(strays.map((s) => s.getText()), id).toEqual([]);
    }
  });

  it('3. every kept scene reaches the scene API through one sorted window.Remotion destructure and imports nothing', () => {
    for (const [id, scene] of kept()) {
      const file = parse(scene.code);
      const first = file.statements[0]!;
      expect(ts.isVariableStatement(first), id).toBe(true);
      const declaration = (first as ts.VariableStatement).declarationList.declarations[0]!;
      expect(declaration.initializer?.getText(), id).toBe('window.Remotion');
      expect(ts.isObjectBindingPattern(declaration.name), id).toBe(true);
      const names = (declaration.name as ts.ObjectBindingPattern).elements.map((element) => (element.propertyName ?? element.name).getText());
      expect(names, id).toEqual([...names].sort());
      for (const name of names) expect(REMOTION_SCENE_NAMES as readonly string[], id).toContain(name);
      expect(scene.code.split('window.Remotion').length - 1, id).toBe(1);
      const imports = file.statements.filter((s) => ts.isImportDeclaration(s) || ts.isImportEqualsDeclaration(s) || (ts.isExportDeclaration(s) && s.moduleSpecifier));
      expect(imports.length, id).toBe(0);
    }
  });

  it('4. every kept scene has exactly one export default and one export const durationInFrames', () => {
    for (const [id, scene] of kept()) {
      const file = parse(scene.code);
      const defaults = file.statements.filter(
        (s) => (ts.isExportAssignment(s) && !s.isExportEquals) || (ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)),
      );
      expect(defaults.length, id).toBe(1);
      const durations = file.statements.filter(
        (s) =>
          ts.isVariableStatement(s) &&
          (s.declarationList.flags & ts.NodeFlags.Const) !== 0 &&
          (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
          s.declarationList.declarations.some((d) => d.name.getText() === 'durationInFrames'),
      );
      expect(durations.length, id).toBe(1);
      expect(scene.code, id).toMatch(/^export const durationInFrames = .+;$/m);
    }
  });

  it('5. every kept scene is a modern module: no createElement trees, top-level return or registry config', () => {
    for (const [id, scene] of kept()) {
      expect(scene.code, id).not.toContain('React.createElement');
      expect(scene.code, id).not.toContain('templateConfig');
      expect(parse(scene.code).statements.some(ts.isReturnStatement), id).toBe(false);
    }
  });

  it('6. no kept scene carries scene-uniquifier suffixes on its top-level names', () => {
    const suffixed = /_(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{6,12}$|_(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}$/;
    for (const [id, scene] of kept()) {
      const names: string[] = [];
      for (const statement of parse(scene.code).statements) {
        if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((d) => names.push(d.name.getText()));
        if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name.text);
      }
      expect(names.filter((name) => suffixed.test(name)), id).toEqual([]);
    }
  });

  it('7. every kept scene is comment-free and already formatted with the pinned prettier configuration', async () => {
    for (const [id, scene] of kept()) {
      expect(transpile(scene.code, false).outputText, id).toBe(transpile(scene.code, true).outputText);
      expect(await prettier.check(scene.code, PRETTIER_OPTIONS), id).toBe(true);
    }
  });

  it('8. every kept scene is self-contained: TypeScript finds every name in the module, the browser or the contract', () => {
    const unresolved = createNameResolver();
    for (const [id, scene] of kept()) expect(unresolved(scene.code), id).toEqual([]);
    expect(unresolved('export default () => <p>{helperFromElsewhere()}</p>;')).toEqual(["Cannot find name 'helperFromElsewhere'."]);
  });

  it('9. sanitizing any kept scene again returns it byte for byte, with nothing left to fix', async () => {
    const sanitizer = createSanitizer();
    for (const [id, scene] of kept()) {
      const { raw } = outcomes.get(id)!;
      const again = await sanitizer.sanitize({ ...raw, code: scene.code });
      expect(again.kind === 'kept' && again.scene.code, id).toBe(scene.code);
      expect(again.kind === 'kept' && again.scene.fixes, id).toEqual([]);
    }
  });
});

describe('the dedup normal form of sanitized code', () => {
  it('needs no re-formatting: the shortcut equals the full normalization on every kept scene', async () => {
    for (const [id, scene] of kept()) expect(normalizeSanitizedCodeForDedup(scene.code), id).toBe(await normalizeCodeForDedup(scene.code));
  });
});
