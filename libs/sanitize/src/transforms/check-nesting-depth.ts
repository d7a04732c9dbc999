import { ts } from 'ts-morph';
import { MAX_NESTING_LEVELS, nestingTooDeep } from '../nesting';
import type { ModuleTransformation } from '../step';
import { lineOf } from '../syntax';

/** Depth is counted in quarter levels, so a chain link can cost less than a bracket. */
const LEVEL = 4;
/**
 * A link of an operator or member chain — the left operand of `a + b + c`, the object of `a.b().c()` — is a
 * level of the tree but costs the recursive readers a few small frames, where a bracket, block, argument or
 * JSX child costs a dozen (prettier reads a 4,000-term `+` chain but not 410 nested parentheses).
 */
const CHAIN_LINK = 1;

/**
 * Refuses a module nested deeper than every later step (the checker, TypeScript's printer, prettier) can
 * follow, before any of them tries. Runs first, so the transformations after it may recurse by level.
 */
export const checkNestingDepth: ModuleTransformation = {
  name: 'check-nesting-depth',
  apply(scene) {
    const beyond = nodeBeyond(scene.node, MAX_NESTING_LEVELS * LEVEL);
    return beyond && nestingTooDeep(`line ${lineOf(scene.node, beyond.getStart())}`);
  },
};

/** A node nested deeper than `limit` quarter levels, found without recursion; undefined when none is. */
function nodeBeyond(sourceFile: ts.SourceFile, limit: number): ts.Node | undefined {
  const pending: Array<{ node: ts.Node; depth: number }> = [{ node: sourceFile, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, depth } = next;
    if (depth > limit) return node;
    ts.forEachChild(node, (child) => {
      pending.push({ node: child, depth: depth + (isChainLink(node, child) ? CHAIN_LINK : LEVEL) });
    });
  }
  return undefined;
}

function isChainLink(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isBinaryExpression(parent)) return parent.left === child;
  return (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent) || ts.isCallExpression(parent)) && parent.expression === child;
}
