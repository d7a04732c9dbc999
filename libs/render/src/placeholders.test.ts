import { describe, expect, it } from 'vitest';
import { sha256 } from '@dataset/domain';
import { createSanitizer } from '@dataset/sanitize';
import { PLACEHOLDER_IMAGE, replaceRemoteImages } from './placeholders';
import { findRemoteAssets } from './remote-assets';

const withImages = `const { AbsoluteFill, Img } = window.Remotion;

const logoUrl = 'https://cdn.acme.test/brand/logo.svg';

export default function Hero() {
  return (
    <AbsoluteFill style={{ backgroundImage: 'url(https://cdn.acme.test/texture.jpg)' }}>
      <Img src={logoUrl} style={{ width: 200 }} />
      <Img src={\`https://cdn.acme.test/team/\${'ada'}.png\`} />
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
`;

describe('replaceRemoteImages', () => {
  it('swaps every remote image for the local stand-in and records one fix per URL', async () => {
    const result = await replaceRemoteImages(withImages);
    if (result.kind !== 'rewritten') throw new Error(`expected a rewrite, got ${JSON.stringify(result)}`);
    expect(findRemoteAssets(result.code)).toEqual([]);
    expect(result.code.split(PLACEHOLDER_IMAGE).length - 1).toBe(3);
    expect(result.code).toContain(`'url(${PLACEHOLDER_IMAGE})'`);
    expect(result.fixes).toEqual([
      'placeholder-remote-image:https://cdn.acme.test/brand/logo.svg',
      'placeholder-remote-image:https://cdn.acme.test/texture.jpg',
      'placeholder-remote-image:https://cdn.acme.test/team/',
    ]);
  });

  it('leaves a module the sanitizer keeps unchanged (still canonical)', async () => {
    const result = await replaceRemoteImages(withImages);
    if (result.kind !== 'rewritten') throw new Error('expected a rewrite');
    const outcome = await createSanitizer().sanitize({
      templateId: 'hero',
      name: 'Hero',
      sourceType: 'db',
      sourceId: 'hero',
      provenance: 'db',
      duration: 90,
      supportedFormats: ['landscape'],
      code: result.code,
      updatedAt: null,
    });
    expect(outcome.kind).toBe('kept');
    if (outcome.kind === 'kept') expect(outcome.scene.codeSha256).toBe(sha256(result.code));
  });

  it('refuses to guess a stand-in for video, audio or fonts', async () => {
    const code = `const { AbsoluteFill, Video } = window.Remotion;\n\nexport default function S() {\n  return <Video src="https://cdn.acme.test/intro.mp4" />;\n}\n`;
    expect(await replaceRemoteImages(code)).toEqual({
      kind: 'unplaceable',
      assets: [{ url: 'https://cdn.acme.test/intro.mp4', kind: 'video', line: 4 }],
    });
  });
});
