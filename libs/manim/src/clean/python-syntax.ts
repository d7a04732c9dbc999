import { describePythonError } from '../python/facts';
import { keep, reject, type CleanRule } from './rule';

/** CPython's parser (and compiler) decides what valid Python is; its facts feed every later rule. */
export const pythonSyntax: CleanRule = {
  name: 'python-syntax',
  apply: async (candidate, { checker }) => {
    if (candidate.facts) return keep(candidate);
    const parsed = await checker.analyze(candidate.code);
    if (!parsed.ok) return reject('SYNTAX_ERROR', describePythonError(parsed.error));
    return keep({ ...candidate, facts: parsed.value });
  },
};
