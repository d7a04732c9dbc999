import { describe, expect, it } from 'vitest';
import { MAX_NESTING_LEVELS } from '../nesting';
import { runModuleStep } from '../test-support';
import { checkNestingDepth } from './check-nesting-depth';

/** `const x = [[[1]]];`: the statement, its declaration list and declaration, a level per bracket and the `1` inside. */
const nestedArrays = (brackets: number): string => `const x = ${'['.repeat(brackets)}1${']'.repeat(brackets)};`;
const concatenation = (terms: number): string => `const x = ${Array.from({ length: terms }, (_, index) => `"w${index}"`).join(' +\n')};`;

describe('check-nesting-depth', () => {
  it('passes a module nested up to the limit and refuses one level more, naming the line', async () => {
    expect((await runModuleStep(checkNestingDepth, nestedArrays(MAX_NESTING_LEVELS - 4))).refusal).toBeUndefined();
    expect((await runModuleStep(checkNestingDepth, `\n${nestedArrays(MAX_NESTING_LEVELS - 3)}`)).refusal).toEqual({
      refused: 'CODE_TOO_DEEP',
      message: `the code nests more than ${MAX_NESTING_LEVELS} levels deep (line 2)`,
    });
  });

  it('counts a link of an operator chain as a quarter level', async () => {
    expect((await runModuleStep(checkNestingDepth, concatenation(4 * (MAX_NESTING_LEVELS - 8)))).refusal).toBeUndefined();
    expect((await runModuleStep(checkNestingDepth, concatenation(4 * MAX_NESTING_LEVELS))).refusal?.refused).toBe('CODE_TOO_DEEP');
  });
});
