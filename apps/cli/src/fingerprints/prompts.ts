import type { DatasetConfig } from '@dataset/config';
import { canonicalJson, sha256 } from '@dataset/domain';
import { loadPromptInputs } from '../inputs/prompts';
import { rememberedDigest } from './remembered';

/** What loadPromptInputs returns (where a curated line sits does not matter), remembered by the files' bytes. */
export function fingerprintPrompts(config: DatasetConfig): string {
  return rememberedDigest('prompts', [config.metadata, ...config.curatedPrompts, config.promptOverrides], () => {
    const inputs = loadPromptInputs(config);
    return sha256(
      canonicalJson({
        metadata: inputs.metadata,
        curated: inputs.curated.map(({ templateId, text }) => ({ templateId, text })),
        overrides: inputs.overrides,
        ignoredFields: inputs.ignoredFields,
      }),
    );
  });
}
