// Its own module (and package subpath) so `dedup` can use it without loading the TypeScript compiler.
/**
 * The same normal form for code the sanitizer itself produced, without re-parsing or re-formatting: kept
 * scenes are already comment-free and in the pinned prettier format (sanitizing is idempotent), so only the
 * whitespace collapse remains. The corpus test checks it agrees with `normalizeCodeForDedup`.
 */
export function normalizeSanitizedCodeForDedup(sanitizedCode: string): string {
  return sanitizedCode.replace(/\s+/g, ' ').trim();
}
