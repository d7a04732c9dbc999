import { existsSync, readFileSync } from 'node:fs';
import type { DatasetConfig } from '@dataset/config';
import { IgnoredFieldTally, type CanonicalTemplate, type IgnoredField } from '@dataset/domain';
import { parseCuratedPrompts, parsePromptOverrides, type CuratedPrompt, type PromptOverrides } from '@dataset/prompts';
import { loadMetadata, readText } from './metadata';

/** What `prompts` reads: metadata, curated prompt files and prompt overrides (its runtime input hashes this value). */
export interface PromptStageInputs {
  metadata: CanonicalTemplate[];
  curated: CuratedPrompt[];
  overrides: PromptOverrides;
  overridesFile: string | null;
  /** The prompt files' fields that nothing reads (the metadata's are `raw`'s to report). */
  ignoredFields: IgnoredField[];
}

export function loadPromptInputs(config: DatasetConfig): PromptStageInputs {
  const ignored = new IgnoredFieldTally();
  const curated = config.curatedPrompts.flatMap((file) => parseCuratedPrompts(readText(file, 'curated prompts file'), file, ignored));
  const file = config.promptOverrides;
  const overrides = file && existsSync(file) ? parsePromptOverrides(readFileSync(file, 'utf8'), file, ignored) : {};
  return { metadata: loadMetadata(config), curated, overrides, overridesFile: file, ignoredFields: ignored.fields() };
}
