import * as prettier from 'prettier';

/**
 * The one pinned prettier configuration every scene is formatted with (prettier's own version is pinned in
 * package.json and folded into SANITIZER_VERSION). `objectWrap: 'collapse'` makes an object's layout depend
 * only on its content, not on where the source happened to break a line.
 */
export const PRETTIER_OPTIONS = {
  parser: 'babel-ts',
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  jsxSingleQuote: false,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  bracketSameLine: false,
  objectWrap: 'collapse',
  arrowParens: 'always',
  endOfLine: 'lf',
} as const satisfies prettier.Options;

/**
 * babel-ts formats the same TSX as prettier's `typescript` parser at about twice the speed; the rare syntax
 * only TypeScript's parser accepts falls back to it, with otherwise identical options.
 */
const FALLBACK_PARSER = 'typescript';

export async function formatScene(code: string): Promise<string> {
  try {
    return await prettier.format(code, PRETTIER_OPTIONS);
  } catch {
    return prettier.format(code, { ...PRETTIER_OPTIONS, parser: FALLBACK_PARSER });
  }
}

export const PRETTIER_VERSION = prettier.version;
