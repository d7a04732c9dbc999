/**
 * Where prose ends and code begins is located by line, before parsing (the one place a regex may decide);
 * the kept part must then parse. A line "looks like code" when it starts a declaration, an import/export,
 * a comment or a directive, or carries braces, an arrow or a JSX tag — prose carrying those is not cut.
 * No two adjacent repetitions here can match the same characters, so a megabyte line costs one pass.
 */
const CODE_START =
  /^(import|export|const|let|var|function|class|async\s+function|interface|enum|declare)\b|^type\s+[A-Za-z_$][\w$]*\s*(?:<[^>]*>\s*)?=|^\/\/|^\/\*|^['"]use [a-z]+['"]/;
const CODE_MARKS = /[{}]|=>|<\/?[A-Za-z][\w.]*[\s/>]/;

export function startsCode(line: string): boolean {
  return CODE_START.test(line.trimStart());
}

export function looksLikeCode(line: string): boolean {
  return startsCode(line) || CODE_MARKS.test(line);
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}
