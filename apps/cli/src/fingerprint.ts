import type { DatasetConfig } from '@dataset/config';

/**
 * Nx `runtime` inputs of the stages that read more than config fields (those use bin/config-fingerprint.mjs).
 * Each prints a digest of the non-file state a stage reads (config fields, files a config may name outside
 * the workspace, database rows, the browser's version), never paths or secrets, so the same inputs give
 * the same key on every machine. One module per stage, loaded on demand: each target's code inputs are its
 * own fingerprint's import closure, so the prompt logic is not an input of `raw`.
 */
export async function fingerprint(stage: string, config: DatasetConfig): Promise<string> {
  switch (stage) {
    case 'raw':
      return (await import('./fingerprints/raw')).fingerprintRaw(config);
    case 'prompts':
      return (await import('./fingerprints/prompts')).fingerprintPrompts(config);
    case 'rendered':
      return (await import('./fingerprints/rendered')).fingerprintRendered(config);
    default:
      throw new Error(`no fingerprint for stage "${stage}"`);
  }
}
