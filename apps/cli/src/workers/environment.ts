import { partitionKey } from '@dataset/partitions';
import { browserEnvironment, parseBrowserEnvironment, serializeBrowserEnvironment, type BrowserEnvironment } from '@dataset/sanitize';
import { partitionStore, stageVersion } from '../partitions';

/**
 * The sanitizer's browser environment, kept between builds as a partition record. Reading it from
 * TypeScript's lib.dom costs ~0.7 s of every `sanitized` run that sanitizes anything, and of every worker's
 * start. The key is the stage's code version, which covers this code and the lockfile (hence ts-morph's
 * TypeScript and its lib files), so a change to either reads it afresh; `DATASET_PARTITIONS=off` always does.
 */
export function storedBrowserEnvironment(): BrowserEnvironment {
  const store = partitionStore('sanitized-environment');
  const key = partitionKey(stageVersion('sanitized'), 'browser-environment');
  const kept = store.get(key);
  const parsed = kept === undefined ? undefined : parseBrowserEnvironment(kept);
  if (parsed) return parsed;
  const environment = browserEnvironment();
  store.put(key, serializeBrowserEnvironment(environment));
  return environment;
}
