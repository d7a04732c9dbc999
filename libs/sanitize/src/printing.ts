import { ts } from 'ts-morph';
import { forEachDescendant } from './syntax';

/** One printer for the process: TypeScript's own, dropping every comment. */
const COMMENT_FREE_PRINTER = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/**
 * The module as TypeScript prints it without comments: each top-level statement printed from the tree and
 * separated by one blank line, so the layout no longer depends on how the source was spaced. (JSX comments
 * `{/* … *\/}` disappear with their braces.) Prettier gives the final formatting.
 */
export function printWithoutComments(sourceFile: ts.SourceFile): string {
  return sourceFile.statements.map((statement) => COMMENT_FREE_PRINTER.printNode(ts.EmitHint.Unspecified, statement, sourceFile)).join('\n\n') + '\n';
}

/**
 * Whether the module text holds a comment. Comments can only sit between tokens, so any `//` or `/*` outside
 * string, template, regular-expression and JSX-text tokens is one.
 */
export function hasComments(sourceFile: ts.SourceFile): boolean {
  const text = sourceFile.text;
  if (!text.includes('//') && !text.includes('/*')) return false;
  const literals: Array<readonly [number, number]> = [];
  forEachDescendant(sourceFile, (node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node)
    ) {
      literals.push([ts.isJsxText(node) ? node.pos : node.getStart(), node.end]);
      return false;
    }
    return undefined;
  });
  literals.sort((a, b) => a[0] - b[0]);
  const marker = /\/[/*]/g;
  let index = 0;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    while (index < literals.length && literals[index]![1] <= match.index) index += 1;
    const inside = index < literals.length && literals[index]![0] <= match.index;
    if (!inside) return true;
  }
  return false;
}
