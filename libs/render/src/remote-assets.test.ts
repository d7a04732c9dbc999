import { describe, expect, it } from 'vitest';
import { findRemoteAssets } from './remote-assets';

const scene = (body: string) => `const { AbsoluteFill, Img, Video, Audio } = window.Remotion;\n\n${body}\n`;
const urlsAndKinds = (code: string) => findRemoteAssets(code).map(({ url, kind }) => [kind, url]);

describe('findRemoteAssets', () => {
  it('finds what media elements load, by tag', () => {
    const code = scene(`export default function S() {
  return (
    <AbsoluteFill>
      <Img src="https://cdn.acme.test/team" />
      <Video src={'https://cdn.acme.test/intro'} />
      <audio src="https://cdn.acme.test/theme" />
      <img src={dark ? 'https://cdn.acme.test/a' : 'https://cdn.acme.test/b'} />
    </AbsoluteFill>
  );
}`);
    expect(urlsAndKinds(code)).toEqual([
      ['image', 'https://cdn.acme.test/team'],
      ['video', 'https://cdn.acme.test/intro'],
      ['audio', 'https://cdn.acme.test/theme'],
      ['image', 'https://cdn.acme.test/a'],
      ['image', 'https://cdn.acme.test/b'],
    ]);
  });

  it('finds CSS url(), @import, fonts, fetch and FontFace', () => {
    const code = scene(`const css = "@import url('https://fonts.googleapis.com/css2?family=Inter');";
const face = new FontFace('Brand', 'url(https://cdn.acme.test/brand.woff2)');
const bg = { backgroundImage: 'url(https://cdn.acme.test/texture)' };
const data = fetch('https://api.acme.test/stats');
export default function S() { return <AbsoluteFill style={bg} />; }`);
    expect(urlsAndKinds(code)).toEqual([
      ['stylesheet', 'https://fonts.googleapis.com/css2?family=Inter'],
      ['font', 'https://cdn.acme.test/brand.woff2'],
      ['image', 'https://cdn.acme.test/texture'],
      ['data', 'https://api.acme.test/stats'],
    ]);
  });

  it('knows an asset by its extension, its host, or the name it is bound to', () => {
    const code = scene(`const photos = ['https://cdn.acme.test/p/1', 'https://cdn.acme.test/p/2'];
const logoUrl = 'https://cdn.acme.test/brand/logo';
const people = [{ name: 'Ada', avatar: 'https://cdn.acme.test/u/ada' }];
const clip = \`https://cdn.acme.test/clips/\${id}.mp4\`;
const hero = 'https://images.unsplash.com/photo-123?w=800';
export default function S() { return <AbsoluteFill />; }`);
    expect(urlsAndKinds(code)).toEqual([
      ['image', 'https://cdn.acme.test/p/1'],
      ['image', 'https://cdn.acme.test/p/2'],
      ['image', 'https://cdn.acme.test/brand/logo'],
      ['image', 'https://cdn.acme.test/u/ada'],
      ['video', 'https://cdn.acme.test/clips/'],
      ['image', 'https://images.unsplash.com/photo-123?w=800'],
    ]);
  });

  it('ignores URLs that are only shown or linked, and XML namespaces', () => {
    const code = scene(`const site = 'https://acme.test/pricing';
export default function S() {
  return (
    <AbsoluteFill>
      <a href="https://acme.test/docs">Docs</a>
      <div>{'Visit https://acme.test today'}</div>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r={5} /></svg>
      <span>{site}</span>
    </AbsoluteFill>
  );
}`);
    expect(findRemoteAssets(code)).toEqual([]);
  });

  it('reports the line of each asset', () => {
    const code = scene(`export default function S() {\n  return <Img src="https://cdn.acme.test/x.png" />;\n}`);
    expect(findRemoteAssets(code)).toEqual([{ url: 'https://cdn.acme.test/x.png', kind: 'image', line: 4 }]);
  });
});
