import fc from 'fast-check';
import { Project, ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDemoCorpus } from '../scripts/demo-corpus';
import { browserEnvironment } from './environment';
import { FIXTURES } from './fixtures';
import { createSanitizer } from './sanitizer';
import { rawTemplate } from './test-support';
import type { RawTemplate } from '@dataset/domain';

/**
 * Guarantee 9 and 7 as properties: a sanitized module is a fixed point, and any mutation that changes only
 * what the sanitizer removes — comments, spacing, fences, prose, stream artefacts, line endings, uniquifier
 * suffixes — sanitizes back to the same bytes.
 */

interface Base {
  readonly raw: RawTemplate;
  readonly code: string;
  /** Top-level names whose every spelling is the declaration or a reference to it (safe to suffix and expect back). */
  readonly renameable: readonly string[];
}

const sanitizer = createSanitizer();
const renamer = new Project({ useInMemoryFileSystem: true, compilerOptions: { jsx: ts.JsxEmit.Preserve, noLib: true } });
let bases: Base[] = [];

beforeAll(async () => {
  const inputs = [
    ...Object.values(FIXTURES).map((code, index) => rawTemplate(code, { templateId: `fixture-${index}` })),
    ...readDemoCorpus().templates,
  ];
  for (const raw of inputs) {
    const outcome = await sanitizer.sanitize(raw);
    if (outcome.kind === 'kept') bases.push({ raw, code: outcome.scene.code, renameable: renameableNames(outcome.scene.code) });
  }
  bases = bases.filter((base) => base.renameable.length > 0);
});

function renameableNames(code: string): string[] {
  const file = renamer.createSourceFile('/base.tsx', code, { overwrite: true });
  const identifiers = file.getDescendantsOfKind(ts.SyntaxKind.Identifier);
  const declared = file.getStatements().flatMap((statement) => {
    const node = statement.compilerNode;
    if (ts.isVariableStatement(node)) return node.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) return [node.name.text];
    return [];
  });
  return declared.filter((name) => {
    if (browserEnvironment().globals.has(name)) return false;
    const spellings = identifiers.filter((id) => id.getText() === name);
    return spellings.every((id) => id.getSymbol() === spellings[0]!.getSymbol());
  });
}

function withSuffix(code: string, name: string, suffix: string): string {
  const file = renamer.createSourceFile('/mutated.tsx', code, { overwrite: true });
  const declaration = file.getDescendantsOfKind(ts.SyntaxKind.Identifier).find((id) => id.getText() === name)!;
  declaration.rename(`${name}_${suffix}`);
  return file.getFullText();
}

/** Edits at statement boundaries only, so no string, template or JSX text is touched. */
function withTrivia(code: string, mutation: Mutation): string {
  const file = ts.createSourceFile('/m.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const statements = file.statements;
  const inserts: Array<[number, string]> = [];
  const startOf = (index: number): number => statements[index % statements.length]!.getStart(file);
  for (const comment of mutation.comments) inserts.push([startOf(comment.at), `${comment.text}\n`]);
  for (const at of mutation.blankLines) inserts.push([startOf(at), '\n\n']);
  if (mutation.indent) for (let index = 0; index < statements.length; index += 1) inserts.push([startOf(index), '  ']);
  if (mutation.jsxComment) {
    let opening: ts.JsxOpeningElement | undefined;
    const find = (node: ts.Node): void => {
      if (!opening && ts.isJsxElement(node)) opening = node.openingElement;
      ts.forEachChild(node, find);
    };
    find(file);
    if (opening) inserts.push([opening.getEnd(), '{/* layout note */}']);
  }
  let text = code;
  for (const [position, insert] of inserts.sort((a, b) => b[0] - a[0])) text = text.slice(0, position) + insert + text.slice(position);
  return text;
}

function wrapped(code: string, wrap: Mutation['wrap']): string {
  const prose = "Here's the scene you asked for:\n\n";
  const trailer = '\n\nIt loops cleanly, so it works as a background too.';
  switch (wrap) {
    case 'fence':
      return `\`\`\`tsx\n${code}\`\`\`\n`;
    case 'fence-and-prose':
      return `${prose}\`\`\`tsx\n${code}\`\`\`${trailer}`;
    case 'prose':
      return `${prose}${code}${trailer}`;
    case 'cut-stream':
      return `\`\`\`jsx\n${code}`;
    default:
      return code;
  }
}

interface Mutation {
  comments: Array<{ at: number; text: string }>;
  blankLines: number[];
  indent: boolean;
  jsxComment: boolean;
  suffix: { at: number; suffix: string } | null;
  streamArtifact: boolean;
  crlf: boolean;
  wrap: 'none' | 'fence' | 'fence-and-prose' | 'prose' | 'cut-stream';
}

/** Ids the scene compiler appends: 8 letters and digits of one case, two or more of each, alternating at least twice. */
const suffixArbitrary = fc
  .tuple(fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), { minLength: 8, maxLength: 8 }), fc.boolean())
  .map(([chars, upper]) => (upper ? chars.join('').toUpperCase() : chars.join('')))
  .filter((suffix) => suffix.replace(/\D/g, '').length >= 2 && suffix.replace(/\d/g, '').length >= 2 && suffix.match(/\d+|\D+/g)!.length >= 3);

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  comments: fc.array(fc.record({ at: fc.nat(), text: fc.constantFrom('// TODO: tighten the timing', '/* generated by the scene compiler */', '/** Scene helper. */') }), { maxLength: 3 }),
  blankLines: fc.array(fc.nat(), { maxLength: 3 }),
  indent: fc.boolean(),
  jsxComment: fc.boolean(),
  suffix: fc.option(fc.record({ at: fc.nat(), suffix: suffixArbitrary }), { nil: null }),
  streamArtifact: fc.boolean(),
  crlf: fc.boolean(),
  wrap: fc.constantFrom('none', 'fence', 'fence-and-prose', 'prose', 'cut-stream'),
});

function mutate(base: Base, mutation: Mutation): string {
  let code = base.code;
  if (mutation.suffix) code = withSuffix(code, base.renameable[mutation.suffix.at % base.renameable.length]!, mutation.suffix.suffix);
  code = withTrivia(code, mutation);
  if (mutation.streamArtifact) code = `${code}\nx\n`;
  code = wrapped(code, mutation.wrap);
  return mutation.crlf ? code.replace(/\n/g, '\r\n') : code;
}

describe('sanitizer idempotence', () => {
  it('has sanitized modules to work with (fixtures and the demo corpus)', () => {
    expect(bases.length).toBeGreaterThan(10);
  });

  it('mutates for real: a sample mutation carries every kind of noise', () => {
    const base = bases[0]!;
    const name = base.renameable[0]!;
    const mutated = mutate(base, {
      comments: [{ at: 1, text: '// note' }],
      blankLines: [0],
      indent: true,
      jsxComment: true,
      suffix: { at: 0, suffix: 'ab12cd34' },
      streamArtifact: true,
      crlf: true,
      wrap: 'fence-and-prose',
    });
    for (const piece of ['// note', '{/* layout note */}', `${name}_ab12cd34`, '\r\nx\r\n', '```tsx', "Here's the scene"]) expect(mutated).toContain(piece);
    expect(mutated).not.toMatch(new RegExp(`\\b${name}\\b(?!_ab12cd34)`));
  });

  it('returns a sanitized module unchanged, with nothing to fix', async () => {
    for (const base of bases) {
      const again = await sanitizer.sanitize({ ...base.raw, code: base.code });
      expect(again.kind === 'kept' && again.scene.code, base.raw.templateId).toBe(base.code);
      expect(again.kind === 'kept' && again.scene.fixes, base.raw.templateId).toEqual([]);
    }
  });

  it('sanitizes any noise-only mutation of a sanitized module back to the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutationArbitrary, async (pick, mutation) => {
        const base = bases[pick % bases.length]!;
        const mutated = mutate(base, mutation);
        const once = await sanitizer.sanitize({ ...base.raw, code: mutated });
        expect(once.kind === 'kept' ? once.scene.code : once.rejection).toBe(base.code);
      }),
      { seed: 119, numRuns: 80 },
    );
  });
});
