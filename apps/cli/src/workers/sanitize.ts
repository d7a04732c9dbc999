import type { RawTemplate } from '@dataset/domain';
import { createSanitizer, type SanitizeOutcome } from '@dataset/sanitize';
import { storedBrowserEnvironment } from './environment';
import { storedFormattedModules } from './formatted';

const sanitizer = createSanitizer({ environment: storedBrowserEnvironment(), formatted: storedFormattedModules() });

/** Worker body: one batch of raw templates in, their outcomes out, in order. */
export default async function sanitizeBatch(batch: RawTemplate[]): Promise<SanitizeOutcome[]> {
  const outcomes: SanitizeOutcome[] = [];
  for (const raw of batch) outcomes.push(await sanitizer.sanitize(raw));
  return outcomes;
}
