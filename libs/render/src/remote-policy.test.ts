import { describe, expect, it } from 'vitest';
import { sha256, type SanitizedScene } from '@dataset/domain';
import { screenRemoteAssets } from './remote-policy';
import { PLACEHOLDER_IMAGE } from './placeholders';

function scene(templateId: string, jsx: string): SanitizedScene {
  const code = `const { AbsoluteFill, Img, Video } = window.Remotion;\n\nexport default function S() {\n  return <AbsoluteFill>${jsx}</AbsoluteFill>;\n}\n\nexport const durationInFrames = 60;\n`;
  return { templateId, sourceType: 'db', sourceId: templateId, provenance: 'db', duration: 60, supportedFormats: ['landscape'], codeDurationInFrames: 60, code, codeSha256: sha256(code), fixes: [], warnings: [] };
}

const photo = scene('photo', '<Img src="https://cdn.acme.test/team.jpg" />');
const film = scene('film', '<Video src="https://cdn.acme.test/intro.mp4" />');

describe('screenRemoteAssets', () => {
  it('renders a scene without remote assets as it is', async () => {
    const local = scene('local', '<div>hi</div>');
    expect(await screenRemoteAssets(local, 'reject')).toEqual({ kind: 'render', code: local.code, rewrite: null });
  });

  it('rejects a scene loading a remote image under `reject` (REMOTE_ASSET, naming the URL)', async () => {
    expect(await screenRemoteAssets(photo, 'reject')).toEqual({
      kind: 'decided',
      outcome: {
        kind: 'rejected',
        templateId: 'photo',
        seconds: 0,
        rejection: { templateId: 'photo', stage: 'rendered', code: 'REMOTE_ASSET', message: 'loads remote assets: image https://cdn.acme.test/team.jpg (line 4)' },
      },
    });
  });

  it('keeps it unrendered and flagged under `keep`', async () => {
    const screening = await screenRemoteAssets(photo, 'keep');
    expect(screening).toMatchObject({ kind: 'decided', outcome: { kind: 'kept', thumbnails: [], flags: ['render-skipped:remote-asset:https://cdn.acme.test/team.jpg'] } });
  });

  it('renders the rewritten code under `placeholder`, and still rejects what has no stand-in', async () => {
    const screening = await screenRemoteAssets(photo, 'placeholder');
    if (screening.kind !== 'render') throw new Error('expected a render');
    expect(screening.code).toContain(PLACEHOLDER_IMAGE);
    expect(screening.rewrite).toEqual({ code: screening.code, fixes: ['placeholder-remote-image:https://cdn.acme.test/team.jpg'] });
    expect(await screenRemoteAssets(film, 'placeholder')).toMatchObject({
      kind: 'decided',
      outcome: { kind: 'rejected', rejection: { code: 'REMOTE_ASSET', message: 'no local stand-in for remote assets: video https://cdn.acme.test/intro.mp4 (line 4)' } },
    });
  });
});
