import { refuse, RefusalError, type Refusal } from './outcome';

/**
 * How many levels a module may nest. TypeScript's parser, binder and printer and prettier's parsers and
 * printer all recurse once per level, so past some depth they run out of stack; prettier gives out first,
 * at about 400 nested parentheses on Node's default main-thread stack (984 KB). Half of that leaves room for
 * the caller's own frames; real scenes nest 20–40 levels. A fixed limit, not the stack that happens to be
 * left, so a template gets the same outcome in a test, on the main thread and in a worker.
 */
export const MAX_NESTING_LEVELS = 200;

export function nestingTooDeep(where: string): Refusal {
  return refuse('CODE_TOO_DEEP', `the code nests more than ${MAX_NESTING_LEVELS} levels deep (${where})`);
}

/**
 * Runs a parse of the module text. The parser recurses once per nesting level and runs out of stack
 * somewhere above 700 levels — past the fixed limit, so this is the refusal the limit would give anyway.
 */
export function parsedWithinStack<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError && error.message.includes('call stack')) throw new RefusalError(nestingTooDeep('beyond what the parser can read'));
    throw error;
  }
}
