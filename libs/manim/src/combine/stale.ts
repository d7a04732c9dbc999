/**
 * Files in the cleaned-sources directory that belong to no configured source. Each clean target writes
 * `<source>.<what>` there (source names are kebab-case, so the name ends at the first dot); a source taken
 * out of the config has no target left to replace its files, so combine removes them: a later run, or a
 * person browsing dist/, must not take a retired source for a live one.
 */
export function staleSourceFiles(fileNames: readonly string[], configuredSources: readonly string[]): string[] {
  const configured = new Set(configuredSources);
  return fileNames
    .filter((file) => {
      const match = /^([a-z0-9][a-z0-9-]*)\./.exec(file);
      return match !== null && !configured.has(match[1]!);
    })
    .sort();
}
