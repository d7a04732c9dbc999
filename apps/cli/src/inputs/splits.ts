import type { DatasetConfig } from '@dataset/config';

/** The config fields `splits` reads (its runtime input hashes them as the file spells them). */
export interface SplitStageInputs {
  seed: number;
  systemPrompt: string;
}

export function loadSplitInputs(config: DatasetConfig): SplitStageInputs {
  return { seed: config.seed, systemPrompt: config.systemPrompt };
}
