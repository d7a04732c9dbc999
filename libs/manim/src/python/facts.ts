import { z } from 'zod';

/** The shapes `scene_facts.py` answers with; validated at the process boundary. */

const Span = z.object({
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
  endLine: z.number().int(),
});
export type Span = z.infer<typeof Span>;

export const ImportedName = z.object({
  module: z.string(),
  /** null for `import module`; "*" for a star import. */
  name: z.string().nullable(),
  asname: z.string().nullable(),
});
export type ImportedName = z.infer<typeof ImportedName>;

export const StatementFacts = Span.extend({
  kind: z.enum(['class', 'function', 'import', 'from-import', 'assign', 'other']),
  binds: z.array(z.string()),
  uses: z.array(z.string()),
  name: z.string().optional(),
  bases: z.array(z.string()).optional(),
  methods: z.array(z.string()).optional(),
  classAttributes: z.array(z.string()).optional(),
  docstring: z.string().nullable().optional(),
  imports: z.array(ImportedName).optional(),
  level: z.number().int().optional(),
});
export type StatementFacts = z.infer<typeof StatementFacts>;

export const ArgumentFacts = Span.extend({
  keyword: z.string().nullable(),
  /** The string the argument always evaluates to (a literal, or built from literals and names assigned once), else null. */
  literal: z.string().nullable(),
  source: z.string(),
});
export type ArgumentFacts = z.infer<typeof ArgumentFacts>;

export const CallFacts = Span.extend({
  func: z.string(),
  args: z.array(ArgumentFacts),
  keywords: z.array(ArgumentFacts),
  /** Set when the call is a whole expression statement (so it can be removed as a statement). */
  statement: Span.nullable(),
});
export type CallFacts = z.infer<typeof CallFacts>;

export const ModuleFacts = z.object({
  statements: z.array(StatementFacts),
  docstring: z.string().nullable(),
  names: z.array(z.string()),
  attributes: z.array(z.string()),
  calls: z.array(CallFacts),
  assignments: z.array(Span.extend({ name: z.string() })),
  comments: z.array(z.object({ line: z.number().int(), text: z.string() })),
  /** Names the module reads and nothing in it binds (Python's scoping), builtins and star imports not yet subtracted. */
  unbound: z.array(z.string()),
  /** Every import, at any depth: `name` is null for `import module`, "*" for a star import; `level` > 0 is relative. */
  imports: z.array(z.object({ module: z.string(), name: z.string().nullable(), level: z.number().int(), line: z.number().int() })),
});
export type ModuleFacts = z.infer<typeof ModuleFacts>;

export const PythonError = z.object({
  kind: z.enum(['syntax', 'protocol']),
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
});
export type PythonError = z.infer<typeof PythonError>;

export const PythonToken = z.object({
  type: z.string(),
  string: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type PythonToken = z.infer<typeof PythonToken>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: PythonError };

export function describePythonError(error: PythonError): string {
  const where = error.line === null ? '' : ` (line ${error.line}${error.column === null ? '' : `, column ${error.column}`})`;
  return `${error.message}${where}`;
}
