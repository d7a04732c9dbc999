import { partitionKey } from '@dataset/partitions';
import type { FormattedModules } from '@dataset/sanitize';
import { partitionStore, stageVersion } from '../partitions';

/**
 * Prettier's output per printed module, kept between builds. Keyed by the formatter's own code version
 * (formatting.ts and the lockfile, hence prettier's version) and the printed text, not by the sanitizer's
 * version: after a change to a transformation, the modules it prints as before skip prettier.
 */
export function storedFormattedModules(): FormattedModules {
  const store = partitionStore('sanitized-format');
  const version = stageVersion('sanitized-format');
  return {
    get: (printed) => store.get(partitionKey(version, printed)),
    put: (printed, formatted) => store.put(partitionKey(version, printed), formatted),
  };
}
