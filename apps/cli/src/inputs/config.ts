import { loadConfig, resolveConfigPath, type DatasetConfig } from '@dataset/config';

/** The dataset config this process works with: DATASET_CONFIG, or the default path. */
export function currentConfig(): DatasetConfig {
  return loadConfig(resolveConfigPath(process.env, process.cwd()));
}
