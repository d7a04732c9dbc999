import { existsSync, readFileSync } from 'node:fs';
import { sha256 } from '@dataset/domain';
import { remembered } from '@dataset/partitions';
import { partitionStore, stageVersion } from '../partitions';

/**
 * The digest `compute` derives from `files`, remembered by their bytes and the code that reads them: parsing
 * and validating the metadata (14 MB at 10,000 templates) was most of a fingerprint's time, on every build,
 * cached or not. A file that is not there is left to `compute`, which reports it.
 */
export function rememberedDigest(use: 'raw' | 'prompts', files: readonly (string | null)[], compute: () => string): string {
  const contents = files.map((file) => (file === null ? null : existsSync(file) ? sha256(readFileSync(file)) : undefined));
  if (contents.includes(undefined)) return compute();
  return remembered(partitionStore('fingerprints'), stageVersion(`fingerprint-${use}`), { use, files, contents }, compute);
}
