import { describe, expect, it } from 'vitest';
import { RenderConfig } from '@dataset/config';
import { sha256, type SanitizedScene } from '@dataset/domain';
import { partitionKey } from '@dataset/partitions';
import { standInsVersion } from './network-stand-ins';
import { renderRecordInput, renderRecordVersion } from './memo-key';

const settings = RenderConfig.parse({});
const code = 'export default function Scene() { return null; }\nexport const durationInFrames = 30;\n';
const scene: SanitizedScene = {
  templateId: 'team-intro',
  sourceType: 'db',
  sourceId: 'team-intro',
  provenance: 'db',
  duration: 30,
  supportedFormats: ['landscape'],
  codeDurationInFrames: 30,
  code,
  codeSha256: sha256(code),
  fixes: [],
  warnings: [],
};
const machinery = { code: 'stage-v1', renderer: { packages: { remotion: '4.0.0' }, chromium: 'Chromium 140' }, contract: ['Remotion'] };
const recordKey = (config: RenderConfig, standIns?: string) => partitionKey(renderRecordVersion(machinery, standIns), renderRecordInput(scene, config));

describe('the render memo key', () => {
  it('differs for every remote-asset policy: a record made under one never answers for another', () => {
    const keys = (['stub', 'reject', 'keep', 'placeholder'] as const).map((remoteAssets) => recordKey({ ...settings, remoteAssets }));
    expect(new Set(keys).size).toBe(4);
  });

  it('holds the stand-ins’ version: other stand-ins, another key', () => {
    expect(recordKey(settings)).toBe(recordKey(settings, standInsVersion()));
    expect(recordKey(settings, 'another-stand-in-set')).not.toBe(recordKey(settings));
  });

  it('ignores what does not change a render: how many browsers, where Chromium is', () => {
    expect(recordKey({ ...settings, concurrency: settings.concurrency + 3, browserExecutable: '/opt/chromium/chrome' })).toBe(recordKey(settings));
  });
});
