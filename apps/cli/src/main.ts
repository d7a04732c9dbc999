import { appendFileSync } from 'node:fs';
import { InputError } from '@dataset/domain';
import { ASSETS } from '../graph/assets.mjs';
import type { ProcessId } from '@dataset/release/processes';
import { materializingAsset, removeAbandonedAssetStaging } from './assets';
import { noteRan } from './build-log';
import { currentConfig } from './inputs/config';
import { joinWorkspaceBuild, type BuildOwner } from './workspace-lock';

const USAGE = 'usage: dataset <raw|sanitized|rendered|prompts|dedup|splits|checks|release|upload|preview>';

class UsageError extends Error {}

/**
 * A stage runs inside its build's hold on the workspace (see workspace-lock.ts): a stage of another build
 * started meanwhile waits until that build has ended.
 */
async function run(args: string[]): Promise<void> {
  const [command] = args;
  if (!command || !ASSETS.some((asset) => asset.name === command)) throw new UsageError(USAGE);
  materializingAsset(command);
  const lock = await joinWorkspaceBuild({ onWait: (holder) => console.log(waitingFor(command, holder)) });
  try {
    removeAbandonedAssetStaging();
    await materialize(command);
    if (command !== 'upload' && command !== 'preview') noteRan(command);
  } finally {
    lock.release();
  }
}

function waitingFor(stage: string, holder: BuildOwner | ProcessId): string {
  if ('command' in holder) return `${stage}: waiting for another build in this workspace to finish (process ${holder.pid}: ${holder.command}); one build at a time`;
  return `${stage}: waiting for process ${holder.pid}, a stage of a build that has ended, to finish`;
}

// Stages are imported on demand: a fingerprint or the prompts stage should not pay for loading the
// TypeScript compiler or the database driver.
async function materialize(command: string): Promise<void> {
  switch (command) {
    case 'raw':
      return (await import('./stages/raw')).materializeRaw(currentConfig());
    case 'sanitized':
      return (await import('./stages/sanitized')).materializeSanitized();
    case 'rendered':
      return (await import('./stages/rendered')).materializeRendered(currentConfig());
    case 'prompts':
      return (await import('./stages/prompts')).materializePrompts(currentConfig());
    case 'dedup':
      return (await import('./stages/dedup')).materializeDedup(currentConfig());
    case 'checks':
      return (await import('./stages/checks')).materializeChecks(currentConfig());
    case 'splits':
      return (await import('./stages/splits')).materializeSplits(currentConfig());
    case 'release':
      return (await import('./stages/release')).materializeRelease(currentConfig());
    case 'upload': {
      (await import('./stages/upload')).publishUpload(currentConfig());
      // The end of every build (`upload` is never cached): the moment to forget long-unused records.
      const pruned = (await import('./housekeeping')).pruneUnusedRecords();
      if (pruned?.removed) console.log(`partitions: ${pruned.removed.toLocaleString('en-US')} records unused for ${pruned.keepDays} days removed`);
      return;
    }
    case 'preview':
      return (await import('./stages/preview')).preview();
    default:
      throw new UsageError(USAGE);
  }
}

/** For benchmarks: each stage process appends its wall time and peak RSS to `DATASET_METRICS_FILE`. */
function recordMetrics(command: string | undefined): void {
  const file = process.env['DATASET_METRICS_FILE'];
  if (!file || !command) return;
  const metrics = { stage: command, seconds: performance.now() / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  appendFileSync(file, JSON.stringify(metrics) + '\n');
}

run(process.argv.slice(2)).then(
  () => {
    recordMetrics(process.argv[2]);
    process.exit(0);
  },
  (error: unknown) => {
    if (error instanceof InputError || error instanceof UsageError || (error instanceof Error && (error.name === 'DatabaseError' || error.name === 'GateError'))) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
