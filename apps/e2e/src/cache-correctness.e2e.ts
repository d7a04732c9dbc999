import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempWorkspace, runNxAsync, snapshotContents, type NxRun, type TempWorkspace } from '@dataset/harness';
import { applicableBehaviourToggles, applyEdits, drawMutation, inverseOf, MUTATION_KINDS, TrialRandom, type InputMutation } from './mutations';

/**
 * Zero stale results: after each random single mutation of an input or of the pipeline's code, the
 * incremental build (Nx cache and partition records kept) must stage a release byte-identical to a
 * from-scratch build. The from-scratch build runs in a sibling copy that receives the same edits, so the
 * incremental copy's caches are never disturbed and never consulted.
 */

const TRIALS = Number(process.env['MUTATION_TRIALS'] ?? 20);
const SEED = process.env['MUTATION_SEED'] ? Number(process.env['MUTATION_SEED']) : Math.floor(Math.random() * 2 ** 31);

/**
 * Rendering every scene in Chromium costs about a minute per from-scratch build, twenty times over: the
 * copies run with `"render": false` (the stage still runs, passing scenes through) unless this is `on`.
 */
const RENDER = process.env['MUTATION_RENDER'] === 'on';

const RELEASE = 'dist/assets/release';
/** ~15 s per trial on an idle 2-core machine; ten times that must still pass on a loaded one (slow, not wrong). */
const TRIAL_TIMEOUT_MS = Math.max(3_600_000, TRIALS * 600_000);

interface TrialRecord {
  mutation: InputMutation;
  /** target → ran/cache in the incremental copy. */
  statuses: string;
}

function expectOk(run: NxRun, what: string): void {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.output.slice(-4000)}`);
}

function statusLine(run: NxRun): string {
  return [...run.tasks].map(([target, status]) => `${target} ${status}`).join(', ');
}

/** Files (relative to `dir`) that are missing on one side or hold different bytes. */
function differingFiles(left: string, right: string): string[] {
  const a = snapshotContents(left);
  const b = snapshotContents(right);
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

function firstDifference(left: string, right: string): string {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8').split('\n');
    } catch {
      return null;
    }
  };
  const a = read(left);
  const b = read(right);
  if (!a || !b) return a ? 'missing from scratch' : 'missing from incremental';
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  const clip = (text: string | undefined) => (text ?? '<end of file>').slice(0, 240);
  return `line ${at + 1}\n      incremental: ${clip(a[at])}\n      scratch:     ${clip(b[at])}`;
}

describe('cache correctness under random mutations', () => {
  let incremental: TempWorkspace;
  let scratch: TempWorkspace;
  const history: TrialRecord[] = [];

  const replayHint = () => `MUTATION_SEED=${SEED} MUTATION_TRIALS=${TRIALS}${RENDER ? ' MUTATION_RENDER=on' : ''}`;

  /** The incremental build as a developer runs it, and a true from-scratch build of the same inputs, side by side. */
  async function buildBoth(): Promise<{ incrementalRun: NxRun; scratchRun: NxRun }> {
    rmSync(join(scratch.root, 'dist'), { recursive: true, force: true });
    rmSync(join(scratch.root, '.cache'), { recursive: true, force: true });
    const [incrementalRun, scratchRun] = await Promise.all([
      runNxAsync(incremental.root, ['run', 'dataset:upload']),
      runNxAsync(scratch.root, ['run', 'dataset:upload', '--skip-nx-cache'], { DATASET_PARTITIONS: 'off' }),
    ]);
    return { incrementalRun, scratchRun };
  }

  function staleReport(trial: number, files: string[]): string {
    const otherAssets = [...new Set(differingFiles(join(incremental.root, 'dist/assets'), join(scratch.root, 'dist/assets')).map((f) => f.split('/')[0]))];
    return [
      `stale result after trial ${trial} — replay with ${replayHint()}`,
      'mutations applied so far (in order):',
      ...history.map((t, i) => `  ${i + 1}. [${t.mutation.kind}] ${t.mutation.description}\n       incremental: ${t.statuses}`),
      `staged release files that differ from the from-scratch build: ${files.join(', ')}`,
      ...files.map((f) => `  ${f}: ${firstDifference(join(incremental.root, RELEASE, f), join(scratch.root, RELEASE, f))}`),
      `asset folders that differ: ${otherAssets.join(', ')}`,
    ].join('\n');
  }

  beforeAll(async () => {
    console.log(`cache-correctness: ${replayHint()} (set MUTATION_SEED to replay this sequence)`);
    incremental = createTempWorkspace('dataset-incremental-', { render: RENDER });
    scratch = createTempWorkspace('dataset-scratch-', { render: RENDER });
    const { incrementalRun, scratchRun } = await buildBoth();
    expectOk(incrementalRun, 'initial incremental build');
    expectOk(scratchRun, 'initial from-scratch build');
  });
  afterAll(() => {
    incremental?.remove();
    scratch?.remove();
  });

  it(`stages a release byte-identical to a from-scratch build after each of ${TRIALS} random mutations`, async () => {
    expect(TRIALS).toBeGreaterThanOrEqual(1);
    // Without at least two code toggles left, the "library source" kind would only ever be cosmetic.
    expect(applicableBehaviourToggles(incremental.root).length).toBeGreaterThanOrEqual(2);
    const random = new TrialRandom(SEED);
    // Every kind once in a random order, then random kinds: each category is covered whatever the seed.
    const firstRound = random.shuffle(MUTATION_KINDS);
    let valid = 0;
    for (let trial = 1; valid < TRIALS; trial++) {
      const started = performance.now();
      let mutation: InputMutation | null = null;
      while (!mutation) mutation = drawMutation(firstRound.shift() ?? random.pick(MUTATION_KINDS), incremental.root, random);

      if (mutation.rejectedWith) {
        const undo = inverseOf(mutation, incremental.root);
        applyEdits(incremental.root, mutation.edits);
        const run = await runNxAsync(incremental.root, ['run', 'dataset:upload']);
        applyEdits(incremental.root, undo);
        history.push({ mutation, statuses: `rejected (exit ${run.status}), then reverted` });
        const context = `trial ${trial} [${mutation.kind}] ${mutation.description} (${replayHint()})`;
        expect(run.status, `${context}: an invalid input must fail the run\n${run.output.slice(-2000)}`).not.toBe(0);
        for (const pattern of mutation.rejectedWith) expect(run.output, `${context}: the error must name ${pattern}`).toMatch(pattern);
        console.log(`trial ${trial} [${mutation.kind}] ${mutation.description}: rejected as expected (${((performance.now() - started) / 1000).toFixed(1)} s)`);
        continue;
      }

      applyEdits(incremental.root, mutation.edits);
      applyEdits(scratch.root, mutation.edits);
      const { incrementalRun, scratchRun } = await buildBoth();
      history.push({ mutation, statuses: statusLine(incrementalRun) });
      expectOk(incrementalRun, `trial ${trial} incremental build after [${mutation.kind}] ${mutation.description} (${replayHint()})`);
      expectOk(scratchRun, `trial ${trial} from-scratch build after [${mutation.kind}] ${mutation.description} (${replayHint()})`);
      const stale = differingFiles(join(incremental.root, RELEASE), join(scratch.root, RELEASE));
      if (stale.length) throw new Error(staleReport(trial, stale));
      valid++;
      console.log(`trial ${trial} [${mutation.kind}] ${mutation.description}: identical (${statusLine(incrementalRun)}; ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    const kinds = new Set(history.map((t) => t.mutation.kind));
    expect([...kinds].sort()).toEqual([...MUTATION_KINDS].sort());
    // The from-scratch copy must have seen exactly the same inputs and code.
    for (const dir of ['data', 'libs']) expect(snapshotContents(join(scratch.root, dir))).toEqual(snapshotContents(join(incremental.root, dir)));
  }, TRIAL_TIMEOUT_MS);

  it('detects the stale release when a target stops declaring one of its inputs', async () => {
    // Break the incremental copy only: in the graph's one definition, `prompts` no longer declares what it
    // reads through the config, so its target loses the fingerprint and the file inputs of metadata, prompts
    // and overrides.
    const registry = join(incremental.root, 'apps/cli/graph/assets.mjs');
    const declared = readFileSync(registry, 'utf8');
    const broken = declared.replace("outside: 'prompts',", '').replace("configFiles: ['metadata', 'curatedPrompts', 'promptOverrides'],", '');
    expect(broken).not.toBe(declared);
    writeFileSync(registry, broken);
    // Changing a target's inputs changes its hash: one build to settle on the broken declaration.
    expectOk(await runNxAsync(incremental.root, ['run', 'dataset:upload']), 'settling build with the broken registry');

    const metadataFile = 'data/canonical.json';
    const metadata = JSON.parse(readFileSync(join(incremental.root, metadataFile), 'utf8')) as { descriptions?: string[] }[];
    for (const template of metadata) template.descriptions = [`${template.descriptions?.[0] ?? ''} Ends on a slow fade.`.trim(), ...(template.descriptions ?? []).slice(1)];
    const mutation: InputMutation = {
      kind: 'metadata-field',
      description: `${metadataFile}: every template's first description gains a sentence`,
      edits: [{ path: metadataFile, content: JSON.stringify(metadata, null, 2) + '\n' }],
    };
    applyEdits(incremental.root, mutation.edits);
    applyEdits(scratch.root, mutation.edits);
    const { incrementalRun, scratchRun } = await buildBoth();
    expectOk(incrementalRun, 'incremental build with the broken registry');
    expectOk(scratchRun, 'from-scratch build');
    history.push({ mutation, statuses: statusLine(incrementalRun) });

    expect(incrementalRun.tasks.get('prompts')).toBe('cache');
    const stale = differingFiles(join(incremental.root, RELEASE), join(scratch.root, RELEASE));
    expect(stale.length).toBeGreaterThan(0);
    const report = staleReport(history.length, stale);
    expect(report).toContain('every template\'s first description gains a sentence');
    console.log(`the trial's comparison caught the under-declared input:\n${report.split('\n').slice(-6).join('\n')}`);
  });
});
