import type { DatasetConfig } from '@dataset/config';
import { publishRelease, type ReleaseFiles } from '@dataset/release';
import { ASSETS } from '../../graph/assets.mjs';
import { readAssetFolder } from '../assets';
import { describeBuild } from '../build-log';

/**
 * `upload`: publishes the `release` asset under `<releaseDir>/<tag>`. Not cached on purpose: the release
 * folder is this machine's state, so a cache hit could skip a publish (e.g. after the folder was deleted).
 * It is cheap — an identical release already there means nothing is written.
 */
export function publishUpload(config: DatasetConfig): void {
  const files: ReleaseFiles = new Map(readAssetFolder('release'));
  const outcome = publishRelease(config.releaseDir, config.tag, files);
  if (outcome.kind === 'identical') {
    console.log(`upload: dataset identical to release ${outcome.name} (${outcome.dir}); nothing written`);
  } else {
    console.log(`upload: wrote release ${outcome.name} to ${outcome.dir}`);
  }
  for (const line of describeBuild(ASSETS.map((asset) => asset.name).filter((name) => name !== 'upload'))) console.log(line);
}
