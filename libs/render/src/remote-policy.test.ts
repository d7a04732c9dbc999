import { describe, expect, it } from 'vitest';
import { sha256, type SanitizedScene } from '@dataset/domain';
import { keptScene, renderRejection, type RenderOutcome } from './outcome';
import { screenRemoteAssets, settleRemoteRequests } from './remote-policy';
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

  it('renders the scene as it is under `stub`, without looking for URLs: the render will answer them', async () => {
    expect(await screenRemoteAssets(photo, 'stub')).toEqual({ kind: 'render', code: photo.code, rewrite: null });
  });
});

describe('settleRemoteRequests', () => {
  const rendered: RenderOutcome = { kind: 'kept', templateId: 'photo', seconds: 2, durationInFrames: 60, thumbnails: [], flags: [], rewrite: null };
  const stubbed = [
    { kind: 'image', url: 'https://images.acme.test/team.jpg?w=800' },
    { kind: 'data', url: 'https://api.acme.test/team.json' },
    { kind: 'image', url: 'https://images.acme.test/office.jpg' },
  ] as const;

  it('leaves an outcome without stand-ins as it is', () => {
    expect(settleRemoteRequests(rendered, [], 'reject')).toBe(rendered);
  });

  it('keeps a scene rendered with stand-ins, flagged once per kind and host, its code untouched', () => {
    const settled = settleRemoteRequests(rendered, stubbed, 'stub');
    expect(settled).toMatchObject({ kind: 'kept', flags: ['remote-data-stubbed:api.acme.test', 'remote-image-stubbed:images.acme.test'], rewrite: null });
    if (settled.kind !== 'kept') return;
    const scene = keptScene(photo, settled);
    expect(scene.code).toBe(photo.code);
    expect(scene.fixes).toEqual(['remote-data-stubbed:api.acme.test', 'remote-image-stubbed:images.acme.test']);
  });

  it('calls a scene that failed after stand-ins answered RENDER_ERROR_STUBBED_ASSET, never RENDER_ERROR', () => {
    const threw = renderRejection('photo', 'RENDER_ERROR', 'expected a 1024 px wide logo, got 1200 (in onload)', 2);
    expect(settleRemoteRequests(threw, stubbed, 'stub')).toMatchObject({
      kind: 'rejected',
      rejection: {
        code: 'RENDER_ERROR_STUBBED_ASSET',
        message: 'RENDER_ERROR with stand-ins for data api.acme.test, image images.acme.test: expected a 1024 px wide logo, got 1200 (in onload)',
      },
    });
    expect(settleRemoteRequests(renderRejection('photo', 'RENDER_BLANK', 'every sampled landscape frame is one colour'), stubbed, 'keep')).toMatchObject({
      rejection: { code: 'RENDER_ERROR_STUBBED_ASSET' },
    });
  });

  it('rejects a scene that requested remote assets while rendering under `reject`, naming them', () => {
    expect(settleRemoteRequests(rendered, stubbed, 'reject')).toMatchObject({
      kind: 'rejected',
      rejection: {
        code: 'REMOTE_ASSET',
        message:
          'requested remote assets while rendering: data https://api.acme.test/team.json, image https://images.acme.test/office.jpg, image https://images.acme.test/team.jpg?w=800',
      },
    });
  });
});
