import type { PythonToken } from '../python/facts';

/** A statement cut out of a flattened line, with the whitespace that stood before it. */
export interface FlatStatement {
  text: string;
  gap: number;
  tokens: PythonToken[];
  /** It followed a `;`: it shares its line, and so its indentation, with the statement before. */
  joinsPrevious: boolean;
}

const HARD_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const BLOCK_HEADS = new Set(['class', 'def', 'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally']);
const CLAUSES = new Set(['elif', 'else', 'except', 'finally']);
/** Decorators that make a def a method whatever its first parameter is called. */
const METHOD_DECORATOR = /^@(staticmethod|classmethod|property|abstractmethod|\w+\.(setter|getter|deleter))\b/;
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

type Clause = 'elif' | 'else' | 'except' | 'finally';
type BlockKind = 'class' | 'def' | 'loop' | 'try' | 'if' | 'other';

/** One line of the rebuilt program (decorators travel with their def or class), with what its names need. */
interface Unit {
  index: number;
  statement: FlatStatement;
  opens: BlockKind | null;
  clause: Clause | null;
  /** return / raise / break / continue: nothing after it in the same block would ever run. */
  terminal: boolean;
  needsFunction: boolean;
  needsLoop: boolean;
  /** `self`/`cls` first parameter or a method decorator: it sits directly in a class body. */
  methodLike: boolean;
  /** A def named construct: a method of a scene. */
  construct: boolean;
  /** Derives from a Manim Scene: Manim only finds module-level scenes. */
  scene: boolean;
  reads: string[];
  /** Names bound in the scope the unit sits in. */
  binds: string[];
  /** A def's parameters, bound in its own body. */
  parameters: string[];
  /** Names declared global/nonlocal: their scope is not where they are bound, so they constrain nothing. */
  declared: string[];
}

const isName = (t: PythonToken | undefined): boolean => t !== undefined && t.type === 'NAME' && !HARD_KEYWORDS.has(t.string);
const isAssignOp = (t: PythonToken) => t.type === 'OP' && t.string.endsWith('=') && !['==', '<=', '>=', '!='].includes(t.string);

/** Reads and binds of a run of expression tokens; lambda parameters and comprehension targets stay local to it. */
function expressionNames(tokens: readonly PythonToken[], reads: Set<string>, binds: Set<string>): void {
  const local = new Set<string>();
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.string === 'lambda' || (t.string === 'for' && depth > 0)) {
      const stop = t.string === 'lambda' ? ':' : 'in';
      for (let j = i + 1; j < tokens.length && tokens[j]!.string !== stop; j++) if (isName(tokens[j])) local.add(tokens[j]!.string);
    }
    if (OPEN.has(t.string) || t.type === 'FSTRING_START') depth++;
    if (CLOSE.has(t.string) || t.type === 'FSTRING_END') depth--;
  });
  depth = 0;
  tokens.forEach((t, i) => {
    if (OPEN.has(t.string) || t.type === 'FSTRING_START') depth++;
    if (CLOSE.has(t.string) || t.type === 'FSTRING_END') depth--;
    if (!isName(t) || tokens[i - 1]?.string === '.' || local.has(t.string)) return;
    if (depth > 0 && tokens[i + 1]?.string === '=') return; // a keyword argument's name
    if (tokens[i + 1]?.string === ':=') binds.add(t.string);
    else reads.add(t.string);
  });
}

/**
 * Assignment targets: bare names are bound (and read too by `+=`); `a.b = `, `a[i] = ` read `a` (and `i`).
 * A bracket after a name or a closing bracket is a call or subscript, whose contents are read.
 */
function targetNames(tokens: readonly PythonToken[], augmented: boolean, reads: Set<string>, binds: Set<string>): void {
  const readGroups: boolean[] = [];
  tokens.forEach((t, i) => {
    const previous = tokens[i - 1];
    if (OPEN.has(t.string)) {
      readGroups.push(previous !== undefined && (isName(previous) || CLOSE.has(previous.string) || previous.type === 'STRING'));
      return;
    }
    if (CLOSE.has(t.string)) {
      readGroups.pop();
      return;
    }
    if (!isName(t) || previous?.string === '.') return;
    const bare = !readGroups.some(Boolean) && !['.', '[', '('].includes(tokens[i + 1]?.string ?? '');
    if (bare) binds.add(t.string);
    if (!bare || augmented) reads.add(t.string);
  });
}

/** Index of the first depth-0 token at or after `from` that satisfies `test`, or -1. */
function atDepthZero(tokens: readonly PythonToken[], from: number, test: (t: PythonToken) => boolean): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (depth === 0 && test(t)) return i;
    if (OPEN.has(t.string) || t.type === 'FSTRING_START') depth++;
    if (CLOSE.has(t.string) || t.type === 'FSTRING_END') depth--;
  }
  return -1;
}

function simpleStatementNames(tokens: readonly PythonToken[], reads: Set<string>, binds: Set<string>): void {
  let start = 0;
  for (;;) {
    const op = atDepthZero(tokens, start, isAssignOp);
    if (op < 0) break;
    targetNames(tokens.slice(start, op), tokens[op]!.string !== '=', reads, binds);
    start = op + 1;
  }
  const annotation = start === 0 ? atDepthZero(tokens, 0, (t) => t.string === ':') : -1;
  if (annotation > 0 && tokens[0]!.string !== 'lambda') {
    targetNames(tokens.slice(0, annotation), false, reads, binds);
    start = annotation + 1;
  }
  expressionNames(tokens.slice(start), reads, binds);
}

function importNames(tokens: readonly PythonToken[], binds: Set<string>): void {
  const from = tokens[0]!.string === 'from';
  const names = from ? tokens.slice(tokens.findIndex((t) => t.string === 'import') + 1) : tokens.slice(1);
  let item: PythonToken[] = [];
  const flush = () => {
    const as = item.findIndex((t) => t.string === 'as');
    // `import a.b` binds `a`; `from m import x` binds `x`; `as` renames either.
    const bound = as >= 0 ? item[as + 1] : item[0];
    if (bound && isName(bound)) binds.add(bound.string);
    item = [];
  };
  for (const t of names) {
    if (t.string === ',') flush();
    else if (!['(', ')'].includes(t.string)) item.push(t);
  }
  flush();
}

/** The base names of a class header, `Scene` for `manim.Scene`. */
function baseNames(tokens: readonly PythonToken[]): string[] {
  const open = tokens.findIndex((t) => t.string === '(');
  if (open < 0) return [];
  const bases: string[] = [];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (OPEN.has(t.string)) depth++;
    if (CLOSE.has(t.string)) depth--;
    const next = tokens[i + 1]?.string;
    if (depth === 1 && isName(t) && (next === ',' || next === ')') && tokens[i - 1]?.string !== '=') bases.push(t.string);
  }
  return bases;
}

function buildUnit(index: number, decorators: FlatStatement[], statement: FlatStatement, sceneClasses: ReadonlySet<string>): Unit {
  const tokens = statement.tokens;
  const isAsync = tokens[0]!.string === 'async';
  const body = isAsync ? tokens.slice(1) : tokens;
  const head = body[0]!.string;
  const isHeader = BLOCK_HEADS.has(head) && statement.text.endsWith(':');
  const reads = new Set<string>();
  const binds = new Set<string>();
  const parameters = new Set<string>();
  const declared: string[] = [];
  for (const decorator of decorators) expressionNames(decorator.tokens.slice(1), reads, binds);

  const decoratorTexts = decorators.map((d) => d.text);
  let firstParameter: string | null = null;
  let scene = false;
  if (isHeader && head === 'def') {
    if (isName(body[1])) binds.add(body[1]!.string);
    let close = -1;
    let nesting = 0;
    for (let i = 2; i < body.length && close < 0; i++) {
      if (OPEN.has(body[i]!.string)) nesting++;
      if (CLOSE.has(body[i]!.string) && --nesting === 0) close = i;
    }
    const inside = body.slice(3, close < 0 ? body.length - 1 : close);
    let depth = 0;
    inside.forEach((t, i) => {
      if (OPEN.has(t.string)) depth++;
      if (CLOSE.has(t.string)) depth--;
      const previous = inside[i - 1]?.string;
      if (depth === 0 && isName(t) && (previous === undefined || [',', '*', '**'].includes(previous))) {
        parameters.add(t.string);
        firstParameter ??= t.string;
      }
    });
    expressionNames(
      inside.filter((t) => !parameters.has(t.string)),
      reads,
      binds,
    );
    if (close >= 0) expressionNames(body.slice(close + 1, -1), reads, binds);
  } else if (isHeader && head === 'class') {
    if (isName(body[1])) binds.add(body[1]!.string);
    expressionNames(body.slice(2, -1), reads, binds);
    scene = baseNames(body).some((base) => base.endsWith('Scene') || sceneClasses.has(base));
  } else if (isHeader && head === 'for') {
    const inAt = atDepthZero(body, 1, (t) => t.string === 'in');
    targetNames(body.slice(1, inAt < 0 ? body.length : inAt), false, reads, binds);
    if (inAt >= 0) expressionNames(body.slice(inAt + 1, -1), reads, binds);
  } else if (isHeader && (head === 'with' || head === 'except')) {
    const parts: PythonToken[][] = [[]];
    let depth = 0;
    for (const t of body.slice(1, -1)) {
      if (OPEN.has(t.string)) depth++;
      if (CLOSE.has(t.string)) depth--;
      if (depth === 0 && t.string === ',') parts.push([]);
      else parts[parts.length - 1]!.push(t);
    }
    for (const part of parts) {
      const as = part.findIndex((t) => t.string === 'as');
      expressionNames(as < 0 ? part : part.slice(0, as), reads, binds);
      if (as >= 0) targetNames(part.slice(as + 1), false, reads, binds);
    }
  } else if (head === 'import' || head === 'from') {
    importNames(body, binds);
  } else if (head === 'global' || head === 'nonlocal') {
    declared.push(...body.slice(1).filter((t) => isName(t)).map((t) => t.string));
  } else if (isHeader) {
    expressionNames(body.slice(1, -1), reads, binds);
  } else {
    simpleStatementNames(head === 'del' || head === 'return' || head === 'assert' || head === 'raise' ? body.slice(1) : body, reads, binds);
  }

  const opens: BlockKind | null = !isHeader
    ? null
    : head === 'class' || head === 'def' || head === 'try' || head === 'if'
      ? head
      : head === 'for' || head === 'while'
        ? 'loop'
        : 'other';
  return {
    index,
    statement,
    opens,
    clause: isHeader && CLAUSES.has(head) ? (head as Clause) : null,
    terminal: !isHeader && ['return', 'raise', 'break', 'continue'].includes(head),
    needsFunction: head === 'return' || head === 'nonlocal' || tokens.some((t) => t.type === 'NAME' && t.string === 'yield'),
    needsLoop: head === 'break' || head === 'continue',
    methodLike: head === 'def' && isHeader && (firstParameter === 'self' || firstParameter === 'cls' || decoratorTexts.some((d) => METHOD_DECORATOR.test(d))),
    construct: head === 'def' && isHeader && body[1]?.string === 'construct',
    scene,
    reads: [...reads],
    binds: [...binds],
    parameters: [...parameters],
    declared,
  };
}

/** Units in order; decorators join the def or class they decorate. A string says why there are none. */
function unitsOf(statements: readonly FlatStatement[]): Unit[] | string {
  const units: Unit[] = [];
  const sceneClasses = new Set<string>();
  let decorators: FlatStatement[] = [];
  for (const statement of statements) {
    if (statement.tokens[0]!.string === '@') {
      decorators.push(statement);
      continue;
    }
    const unit = buildUnit(units.length, decorators, statement, sceneClasses);
    if (decorators.length > 0 && unit.opens !== 'def' && unit.opens !== 'class') return 'a decorator decorates neither a def nor a class';
    if (unit.scene) unit.binds.forEach((name) => sceneClasses.add(name));
    units.push(unit);
    decorators = [];
  }
  if (decorators.length > 0) return 'the line ends in a decorator';
  return units;
}

/** Where a compound statement stands: which clause may follow it at its level. */
type Chain = { kind: 'if' | 'loop' | 'try'; stage: 'body' | 'except' | 'else' | 'done' };

function continues(chain: Chain | undefined, clause: Clause): Chain | null {
  if (!chain || chain.stage === 'done') return null;
  if (chain.kind === 'if') return clause === 'elif' && chain.stage === 'body' ? chain : clause === 'else' && chain.stage === 'body' ? { kind: 'if', stage: 'done' } : null;
  if (chain.kind === 'loop') return clause === 'else' && chain.stage === 'body' ? { kind: 'loop', stage: 'done' } : null;
  if (clause === 'except' && (chain.stage === 'body' || chain.stage === 'except')) return { kind: 'try', stage: 'except' };
  if (clause === 'else' && chain.stage === 'except') return { kind: 'try', stage: 'else' };
  if (clause === 'finally') return { kind: 'try', stage: 'done' };
  return null;
}

/** A `try` ends legally only after a handler or `finally`. */
const endsLegally = (chain: Chain | undefined) => !(chain?.kind === 'try' && chain.stage === 'body');

interface Binding {
  /** Index of the def/class whose scope holds it; -1 for the module. */
  scope: number;
  at: number;
  parameter: boolean;
}

/** Scopes a unit sees (innermost first), given the units enclosing it: Python's LEGB, class bodies only directly. */
function visibleScopes(enclosing: readonly Unit[]): number[] {
  const scopes: number[] = [];
  const innermost = [...enclosing].reverse().find((u) => u.opens === 'def' || u.opens === 'class');
  if (innermost?.opens === 'class') scopes.push(innermost.index);
  for (const u of [...enclosing].reverse()) if (u.opens === 'def') scopes.push(u.index);
  scopes.push(-1);
  return scopes;
}

/** The consistent indentations, or why they were not all found: more than the limit, or a search too large to finish. */
export type Readings = { levels: number[][] } | { tooMany: 'readings' | 'search' };

/** How far the search may go before it calls a line too ambiguous to prove anything about. */
const SEARCH_BUDGET = 50_000;

/**
 * Every indentation of the statements consistent with code that ran: Python's block grammar (a header's
 * body is indented, clauses continue the compound statement they belong to, a `try` has a handler), what
 * compiles (`return` in a function, `break` in a loop), nothing after return/raise/break/continue in the
 * same block, every name the program binds visible where it is read and bound before code that runs at
 * once reads it, and Manim's conventions (a def whose first parameter is `self`/`cls` is a method and a
 * method has one, `construct` is a method of a scene, a scene is at module level). Up to `limit` readings.
 */
export function flatReadings(statements: readonly FlatStatement[], limit: number): Readings | string {
  const built = unitsOf(statements);
  if (typeof built === 'string') return built;
  const units = built;
  const declared = new Set(units.flatMap((u) => u.declared));
  const boundAnywhere = new Set(units.flatMap((u) => [...u.binds, ...u.parameters]));
  /** Per name, the last unit that binds it other than as a parameter, and the last that binds it at all. */
  const lastPlainBinding = new Map<string, number>();
  const lastBinding = new Map<string, number>();
  for (const u of units) {
    for (const name of u.binds) lastPlainBinding.set(name, u.index);
    for (const name of [...u.binds, ...u.parameters]) lastBinding.set(name, u.index);
  }

  const anyScene = units.some((u) => u.scene);
  /** Per position, the names read there or later that the program binds: what closing a scope must not strand. */
  const readsFrom: Set<string>[] = [];
  for (let i = units.length - 1, later = new Set<string>(); i >= 0; i--) {
    later = new Set([...later, ...units[i]!.reads.filter((name) => boundAnywhere.has(name) && !declared.has(name))]);
    readsFrom[i] = later;
  }
  const readings: number[][] = [];
  const levels: number[] = [];
  const enclosingOf: Unit[][] = [];
  const bindings = new Map<string, Binding[]>();
  const bindingsOf = (name: string) => bindings.get(name) ?? [];
  let budget = SEARCH_BUDGET;

  const scopeOf = (enclosing: readonly Unit[]) => [...enclosing].reverse().find((u) => u.opens === 'def' || u.opens === 'class')?.index ?? -1;

  const conventionsHold = (u: Unit, enclosing: readonly Unit[]): boolean => {
    const parent = enclosing[enclosing.length - 1];
    const innermostScope = [...enclosing].reverse().find((e) => e.opens === 'def' || e.opens === 'class');
    if (u.needsFunction && innermostScope?.opens !== 'def') return false;
    if (u.needsLoop) {
      const loop = [...enclosing].reverse().find((e) => e.opens === 'loop' || e.opens === 'def' || e.opens === 'class');
      if (loop?.opens !== 'loop') return false;
    }
    if (u.opens === 'def' && u.methodLike !== (parent?.opens === 'class')) return false;
    if (u.construct && anyScene && !parent?.scene) return false;
    if (u.scene && enclosing.length > 0) return false;
    return true;
  };

  /** A read no binding can satisfy, now or later: this branch is dead. */
  const unsatisfiable = (u: Unit, enclosing: readonly Unit[]): boolean => {
    const scopes = visibleScopes([...enclosing]);
    return u.reads.some((name) => {
      if (!boundAnywhere.has(name) || declared.has(name)) return false;
      if (bindingsOf(name).some((b) => scopes.includes(b.scope))) return false;
      return (lastPlainBinding.get(name) ?? -1) <= u.index;
    });
  };

  /**
   * Checks that need the whole program: every read sees a binding, and a read that runs as soon as the code
   * around it does (in the same function, or in a class body inside it, or at module level) comes after a
   * binding of the scope it resolves to, unless a loop may have bound it on an earlier pass.
   */
  const namesResolve = (): boolean =>
    units.every((u) => {
      const enclosing = enclosingOf[u.index]!;
      const scopes = visibleScopes(enclosing);
      const functionAt = enclosing.map((e) => e.opens).lastIndexOf('def');
      const sameFlow = new Set([functionAt < 0 ? -1 : enclosing[functionAt]!.index, ...enclosing.slice(functionAt + 1).filter((e) => e.opens === 'class').map((e) => e.index)]);
      const open = new Set(enclosing.map((e) => e.index));
      return u.reads.every((name) => {
        if (!boundAnywhere.has(name) || declared.has(name)) return true;
        const resolved = scopes.find((scope) => bindingsOf(name).some((b) => b.scope === scope));
        if (resolved === undefined) return false;
        if (!sameFlow.has(resolved)) return true; // an enclosing function's or the module's name, read when this function is called
        const scopeAt = enclosing.findIndex((e) => e.index === resolved);
        if (enclosing.slice(scopeAt + 1).some((e) => e.opens === 'loop')) return true;
        // A class or def is bound once its statement is complete, so not while its own body runs.
        return bindingsOf(name).some((b) => b.scope === resolved && b.at < u.index && (b.parameter || !open.has(b.at)));
      });
    });

  /** Closing scopes before unit `i` strands a name when no binding of it is left in reach and none comes later. */
  const strands = (i: number, enclosing: readonly Unit[]): boolean => {
    const open = new Set(enclosing.map((e) => e.index));
    for (const name of readsFrom[i]!) {
      if ((lastBinding.get(name) ?? -1) >= i) continue;
      if (!bindingsOf(name).some((b) => b.scope === -1 || open.has(b.scope))) return true;
    }
    return false;
  };

  const place = (i: number, stack: Unit[], chains: (Chain | undefined)[]): void => {
    if (readings.length > limit || budget-- <= 0) return;
    if (i === units.length) {
      if (stack.length > 0 && units[i - 1]!.opens) return;
      if (!chains.every(endsLegally)) return;
      if (namesResolve()) readings.push([...levels]);
      return;
    }
    const u = units[i]!;
    const previous = units[i - 1];
    let candidates: number[];
    if (!previous) candidates = [0];
    else if (previous.opens) candidates = u.statement.joinsPrevious ? [] : [stack.length];
    else if (u.statement.joinsPrevious) candidates = [levels[i - 1]!];
    else candidates = Array.from({ length: stack.length + (previous.terminal ? 0 : 1) }, (_, k) => stack.length - k - (previous.terminal ? 1 : 0)).filter((l) => l >= 0);

    for (const level of candidates) {
      const enclosing = stack.slice(0, level);
      if (!chains.slice(level + 1).every(endsLegally)) continue;
      let chainHere: Chain | undefined;
      if (u.clause) {
        const next = continues(chains[level], u.clause);
        if (!next) continue;
        chainHere = next;
      } else {
        if (!endsLegally(chains[level])) continue;
        chainHere = u.opens === 'if' || u.opens === 'loop' || u.opens === 'try' ? { kind: u.opens, stage: 'body' } : undefined;
      }
      if (!conventionsHold(u, enclosing) || unsatisfiable(u, enclosing)) continue;
      if (level < stack.length && strands(i, enclosing)) continue;

      const scope = scopeOf(enclosing);
      const added: [string, Binding][] = [
        ...u.binds.map((name): [string, Binding] => [name, { scope, at: u.index, parameter: false }]),
        ...u.parameters.map((name): [string, Binding] => [name, { scope: u.index, at: u.index, parameter: true }]),
      ];
      for (const [name, binding] of added) bindings.set(name, [...bindingsOf(name), binding]);
      levels[i] = level;
      enclosingOf[i] = enclosing;
      const nextChains = [...chains.slice(0, level), chainHere];
      place(i + 1, u.opens ? [...enclosing, u] : enclosing, nextChains);
      for (const [name] of added) bindings.set(name, bindingsOf(name).slice(0, -1));
      if (readings.length > limit) return;
    }
  };
  place(0, [], []);
  if (readings.length > limit) return { tooMany: 'readings' };
  if (budget <= 0) return { tooMany: 'search' };
  return { levels: readings };
}

/** The program a reading describes: one line per unit (a `;` chain stays on its line), four spaces a level. */
export function renderReading(statements: readonly FlatStatement[], levels: readonly number[]): string[] {
  const lines: string[] = [];
  let unit = -1;
  for (const statement of statements) {
    const isDecorator = statement.tokens[0]!.string === '@';
    if (!isDecorator) unit++;
    if (statement.joinsPrevious && lines.length > 0) {
      lines[lines.length - 1] += ' '.repeat(statement.gap) + statement.text;
      continue;
    }
    lines.push('    '.repeat(isDecorator ? levels[unit + 1]! : levels[unit]!) + statement.text);
  }
  return lines;
}
