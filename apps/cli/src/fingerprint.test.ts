import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type DatasetConfig } from '@dataset/config';
import { fingerprint } from './fingerprint';

/**
 * The `raw` and `prompts` fingerprints remember the metadata's digest by the file's bytes. Each edit below is
 * fingerprinted with the memo warm and with it off: the two must agree, whatever the memo holds.
 */
describe('fingerprints remembered by the bytes of the files they parse', () => {
  let dir: string;
  let config: DatasetConfig;
  const saved = { ...process.env };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    process.env['DATASET_PARTITIONS_DIR'] = join(dir, 'partitions');
    delete process.env['DATASET_PARTITIONS'];
    delete process.env['DATABASE_URL'];
    const demo = loadConfig('data/dataset.config.json');
    copyFileSync(demo.metadata, join(dir, 'canonical.json'));
    config = { ...demo, metadata: join(dir, 'canonical.json') };
  });
  afterEach(() => {
    process.env = { ...saved };
    rmSync(dir, { recursive: true, force: true });
  });

  const both = async (stage: string) => {
    const warm = await fingerprint(stage, config);
    process.env['DATASET_PARTITIONS'] = 'off';
    const scratch = await fingerprint(stage, config);
    delete process.env['DATASET_PARTITIONS'];
    expect(warm).toBe(scratch);
    return warm;
  };
  const editMetadata = (change: (entry: Record<string, unknown>) => void) => {
    const entries = JSON.parse(readFileSync(config.metadata, 'utf8')) as Record<string, unknown>[];
    change(entries[3]!);
    writeFileSync(config.metadata, JSON.stringify(entries, null, 2));
  };

  it('changes the prompts digest with any metadata field, and only then', async () => {
    const before = await both('prompts');
    expect(await both('prompts')).toBe(before);
    writeFileSync(config.metadata, JSON.stringify(JSON.parse(readFileSync(config.metadata, 'utf8'))));
    expect(await both('prompts')).toBe(before);
    editMetadata((entry) => (entry['descriptions'] = ['A different description.']));
    expect(await both('prompts')).not.toBe(before);
  });

  it('changes the raw digest with what raw reads of the metadata, not with its descriptions', async () => {
    const before = await both('raw');
    editMetadata((entry) => (entry['descriptions'] = ['A different description.']));
    expect(await both('raw')).toBe(before);
    editMetadata((entry) => (entry['duration'] = Number(entry['duration']) + 30));
    expect(await both('raw')).not.toBe(before);
  });

  it('changes the prompts digest when a curated line gains a field nothing reads: the prompts asset lists it', async () => {
    const curated = join(dir, 'curated.jsonl');
    copyFileSync(config.curatedPrompts[0]!, curated);
    config = { ...config, curatedPrompts: [curated] };
    const before = await both('prompts');
    const [first, ...rest] = readFileSync(curated, 'utf8').split('\n');
    writeFileSync(curated, [JSON.stringify({ ...JSON.parse(first!), db_id: 'id-1' }), ...rest].join('\n'));
    expect(await both('prompts')).not.toBe(before);
  });

  it('changes the raw digest with maxCodeBytes, the size limit raw applies', async () => {
    const before = await both('raw');
    config = { ...config, maxCodeBytes: config.maxCodeBytes - 1 };
    expect(await both('raw')).not.toBe(before);
  });

  it('changes the raw digest when the metadata gains a field nothing reads: raw’s manifest lists it', async () => {
    const before = await both('raw');
    editMetadata((entry) => (entry['thumbnailUrl'] = 'https://cdn.example/t.png'));
    expect(await both('raw')).not.toBe(before);
  });
});
