import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type RenderConfig } from '@dataset/config';
import { sha256, type SanitizedScene, type VideoFormat } from '@dataset/domain';
import { createSanitizer } from '@dataset/sanitize';
import { assembleRawTemplates, parseCanonicalMetadata, readEmbeddedSeed, readTsxFolder } from '@dataset/sources';
import { renderScenes } from './render-scenes';
import { decodePng, type DecodedPng } from './png';
import { PLACEHOLDER_IMAGE } from './placeholders';
import { chromiumVersion } from './version';
import { keptScene, type RenderOutcome } from './outcome';

/**
 * The real renderer in the real Chromium: scenes written to fail in each way, scenes loading remote assets,
 * and the demo corpus, all in one batch under the default remote policy (`stub`) — one bundle and one pair
 * of browsers (about two minutes on two cores) — plus two small batches for the other policies.
 */

const DEMO_CONFIG = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/dataset.config.json');
const config = loadConfig(DEMO_CONFIG);
/**
 * A frame gets a minute: far more than any healthy fixture needs on a loaded machine (a few seconds here), so
 * only the fixtures written to hang time out. The renderer's 7 s minimum failed healthy scenes under load.
 */
const settings: RenderConfig = { ...config.render, timeoutMs: 60_000 };
const hasChromium = chromiumVersion(settings.browserExecutable) !== null;

function fixture(templateId: string, body: string, supportedFormats: VideoFormat[] = ['landscape'], durationInFrames = 90): SanitizedScene {
  const code = `const { AbsoluteFill, Img, delayRender, interpolate, useCurrentFrame } = window.Remotion;\n\n${body}\n\nexport const durationInFrames = ${durationInFrames};\n`;
  return {
    templateId,
    sourceType: 'db',
    sourceId: templateId,
    provenance: 'db',
    duration: durationInFrames,
    supportedFormats,
    codeDurationInFrames: durationInFrames,
    code,
    codeSha256: sha256(code),
    fixes: [],
    warnings: [],
  };
}

const FIXTURES = [
  // Uses every contract global that production fetches over the network: the stand-ins must cover them.
  fixture(
    'fixture-contract',
    `const { fontFamily } = window.RemotionGoogleFonts.loadFont('Inter');

export default function ContractScene() {
  const frame = useCurrentFrame();
  const x = interpolate(frame, [0, 89], [0, 600]);
  return (
    <AbsoluteFill style={{ backgroundColor: '#0f172a', color: '#f8fafc', fontFamily, fontSize: 96, padding: 80 }}>
      <IconifyIcon icon="mdi:rocket" width={160} style={{ color: '#38bdf8' }} />
      <Img src={window.BazaarAvatars['asian-woman']} style={{ width: 200, height: 200, marginLeft: x }} />
      <div>Frame {frame}</div>
    </AbsoluteFill>
  );
}`,
    ['landscape', 'portrait', 'square'],
  ),
  fixture(
    'fixture-throws',
    `export default function Throws() {
  const frame = useCurrentFrame();
  if (frame === 0) throw new Error('no data for frame 0');
  return <AbsoluteFill />;
}`,
  ),
  fixture(
    'fixture-busy',
    `export default function Busy() {
  for (;;) {}
  return <AbsoluteFill />;
}`,
  ),
  fixture(
    'fixture-never-ready',
    `export default function NeverReady() {
  React.useState(() => delayRender('waiting for a font that never loads'));
  return <AbsoluteFill />;
}`,
  ),
  fixture(
    'fixture-blank',
    `export default function Blank() {
  return <AbsoluteFill style={{ backgroundColor: '#1e293b' }} />;
}`,
    ['landscape', 'square'],
  ),
  // Production's shape: photos from image CDNs (an <Img>, a CSS background, a staticFile()-style helper
  // building the URL at run time) and data from an API; one host is a non-routable address that would hang.
  fixture(
    'fixture-remote-assets',
    `const { continueRender } = window.Remotion;
const cdnFile = (name) => \`https://cdn.acme.test/brand/\${name}\`;

export default function RemoteTeam() {
  const [team, setTeam] = React.useState(null);
  const [handle] = React.useState(() => delayRender('loading the team'));
  React.useEffect(() => {
    fetch('https://api.acme.test/team.json')
      .then((response) => response.json())
      .then((data) => {
        setTeam(data);
        continueRender(handle);
      });
  }, []);
  if (team === null) return null;
  return (
    <AbsoluteFill style={{ backgroundColor: '#0f172a', backgroundImage: 'url(https://images.acme.test/office.jpg?w=1920&h=1080)' }}>
      <Img src="https://images.unsplash.com/photo-1?w=800&h=600&fit=crop" style={{ width: 800, height: 600 }} />
      <Img src={cdnFile('logo.png')} style={{ width: 240 }} />
      <Img src="https://10.255.255.1/never-answers.png" style={{ width: 120 }} />
      <div style={{ color: 'white', fontSize: 64 }}>{team.name ?? 'Our team'}</div>
    </AbsoluteFill>
  );
}`,
  ),
  // A web font awaited before the first frame, and video and audio from hosts that would never answer.
  fixture(
    'fixture-remote-media',
    `const { continueRender, Video, OffthreadVideo, Audio } = window.Remotion;

export default function RemoteMedia() {
  const [handle] = React.useState(() => delayRender('loading the brand font'));
  React.useEffect(() => {
    new FontFace('Brand', 'url(https://fonts.acme.test/brand.woff2)').load().then((font) => {
      document.fonts.add(font);
      continueRender(handle);
    });
  }, []);
  return (
    <AbsoluteFill style={{ backgroundColor: 'white', fontFamily: 'Brand, sans-serif', fontSize: 96 }}>
      <Video src="https://10.255.255.1/intro.mp4" style={{ width: 640 }} />
      <OffthreadVideo src="https://10.255.255.1/outro.mp4" style={{ width: 640 }} />
      <Audio src="https://10.255.255.2/music.mp3" />
      Hello
    </AbsoluteFill>
  );
}`,
  ),
  // Works with the real logo (production), throws with the stand-in: the stand-in must take the blame.
  fixture(
    'fixture-stubbed-pixels',
    `const { continueRender } = window.Remotion;

export default function LogoCheck() {
  const [handle] = React.useState(() => delayRender('measuring the logo'));
  React.useEffect(() => {
    const logo = new Image();
    logo.onload = () => {
      if (logo.naturalWidth !== 512) throw new Error('the logo must be 512 px wide, got ' + logo.naturalWidth);
      continueRender(handle);
    };
    logo.src = 'https://cdn.acme.test/logo-512.png';
  }, []);
  return <AbsoluteFill style={{ backgroundColor: '#fde68a' }} />;
}`,
  ),
  // Not valid TSX (the sanitizer would never keep it): the bundler refuses it, and must still bundle the rest.
  fixture(
    'fixture-uncompilable',
    `const broken = <div>;
export default function Broken() {
  return <AbsoluteFill>{broken}</AbsoluteFill>;
}`,
  ),
];

async function demoScenes(): Promise<SanitizedScene[]> {
  const metadata = parseCanonicalMetadata(readFileSync(config.metadata, 'utf8'), config.metadata);
  const seed = readEmbeddedSeed(config.embeddedDatabase);
  const { templates } = assembleRawTemplates({
    metadata,
    rows: seed.rows.map((row) => ({ id: row.id, name: row.name, tsx_code: row.tsxCode, updated_at: row.updatedAt })),
    overrides: readTsxFolder(config.overrides),
    registry: readTsxFolder(config.registry),
  });
  const sanitizer = createSanitizer();
  const scenes: SanitizedScene[] = [];
  for (const raw of templates) {
    const outcome = await sanitizer.sanitize(raw);
    if (outcome.kind === 'kept') scenes.push(outcome.scene);
  }
  return scenes;
}

describe.skipIf(!hasChromium)(`renderScenes in ${settings.browserExecutable}`, () => {
  let demo: SanitizedScene[];
  let outcomes: Map<string, RenderOutcome>;
  const progress: string[] = [];

  beforeAll(async () => {
    demo = await demoScenes();
    const scenes = [...FIXTURES, ...demo];
    const results = await renderScenes(scenes, settings, { onScene: (outcome) => progress.push(outcome.templateId) });
    outcomes = new Map(results.map((outcome, i) => [scenes[i]!.templateId, outcome]));
  }, 3_600_000);

  const outcomeOf = (templateId: string) => {
    const outcome = outcomes.get(templateId);
    if (!outcome) throw new Error(`no outcome for ${templateId}`);
    return outcome;
  };
  const rejectionOf = (templateId: string) => {
    const outcome = outcomeOf(templateId);
    if (outcome.kind !== 'rejected') throw new Error(`${templateId} was kept`);
    return outcome.rejection;
  };

  it('renders a working scene to three thumbnails per format, 320 px wide, with the contract stand-ins', () => {
    const outcome = outcomeOf('fixture-contract');
    expect(outcome).toMatchObject({ kind: 'kept', durationInFrames: 90, flags: [], rewrite: null });
    if (outcome.kind !== 'kept') return;
    const seen = outcome.thumbnails.map(({ format, frame, roles }) => [format, frame, roles.join('+')]);
    expect(seen).toEqual(
      (['landscape', 'portrait', 'square'] as const).flatMap((format) => [
        [format, 0, 'first'],
        [format, 45, 'middle'],
        [format, 89, 'last'],
      ]),
    );
    const sizes = outcome.thumbnails.map(({ png }) => decodePng(Buffer.from(png, 'base64'))).map(({ width, height }) => `${width}×${height}`);
    expect(new Set(sizes)).toEqual(new Set(['320×180', '320×569', '320×320']));
  });

  it('rejects a scene that throws at frame 0 as RENDER_ERROR with the renderer’s message', () => {
    expect(rejectionOf('fixture-throws')).toEqual({
      templateId: 'fixture-throws',
      stage: 'rendered',
      code: 'RENDER_ERROR',
      message: 'no data for frame 0 (in Throws)',
    });
  });

  it('rejects a scene stuck in a loop as RENDER_TIMEOUT, and the lane goes on in a fresh browser', () => {
    expect(rejectionOf('fixture-busy')).toMatchObject({ code: 'RENDER_TIMEOUT', message: expect.stringMatching(/did not finish within 60000 ms/) });
    const keptFixtures = FIXTURES.filter((scene) => outcomeOf(scene.templateId).kind === 'kept').map((scene) => scene.templateId);
    expect(keptFixtures).toEqual(['fixture-contract', 'fixture-remote-assets', 'fixture-remote-media']);
  });

  it('rejects a delayRender that is never cleared as RENDER_TIMEOUT, naming it', () => {
    expect(rejectionOf('fixture-never-ready')).toMatchObject({
      code: 'RENDER_TIMEOUT',
      message: expect.stringContaining('"waiting for a font that never loads" was called but not cleared'),
    });
  });

  it('rejects a scene whose every sampled frame is one colour as RENDER_BLANK', () => {
    expect(rejectionOf('fixture-blank')).toMatchObject({
      code: 'RENDER_BLANK',
      message: 'every sampled landscape frame is one colour (frame 0 #1e293b, frame 45 #1e293b, frame 89 #1e293b)',
    });
  });

  it('renders a scene loading remote images and data offline, its code byte for byte, listing every stand-in', () => {
    const outcome = outcomeOf('fixture-remote-assets');
    if (outcome.kind !== 'kept') throw new Error(JSON.stringify(outcome));
    expect(outcome.thumbnails).toHaveLength(3);
    // The <Img>, the CSS background, the helper-built URL, the fetch — and the address that would hang.
    expect(outcome.flags).toEqual([
      'remote-data-stubbed:api.acme.test',
      'remote-image-stubbed:10.255.255.1',
      'remote-image-stubbed:cdn.acme.test',
      'remote-image-stubbed:images.acme.test',
      'remote-image-stubbed:images.unsplash.com',
    ]);
    const fixture = FIXTURES.find((scene) => scene.templateId === 'fixture-remote-assets')!;
    const kept = keptScene(fixture, outcome);
    expect(kept.code).toBe(fixture.code);
    expect(kept.codeSha256).toBe(fixture.codeSha256);
    expect(kept.fixes).toEqual(outcome.flags);
  });

  it('shows the stand-ins in the thumbnails as what they are: framed in amber, not a grey box', () => {
    const outcome = outcomeOf('fixture-remote-assets');
    if (outcome.kind !== 'kept') throw new Error(JSON.stringify(outcome));
    expect(amberPixels(decodePng(Buffer.from(outcome.thumbnails[0]!.png, 'base64')))).toBeGreaterThan(100);
  });

  it('renders fonts, videos and audio from hosts that never answer, and nothing is downloaded outside the browser', () => {
    const outcome = outcomeOf('fixture-remote-media');
    if (outcome.kind !== 'kept') throw new Error(JSON.stringify(outcome));
    // Muted: the audio is never requested; unmuted, the renderer would fetch it from Node and hang.
    expect(outcome.flags).toEqual(['remote-font-stubbed:fonts.acme.test', 'remote-video-stubbed:10.255.255.1']);
  });

  it('blames the stand-in, not the scene, when a scene throws because of it (RENDER_ERROR_STUBBED_ASSET)', () => {
    expect(rejectionOf('fixture-stubbed-pixels')).toMatchObject({
      code: 'RENDER_ERROR_STUBBED_ASSET',
      message: expect.stringMatching(/^RENDER_ERROR with stand-ins for image cdn\.acme\.test: the logo must be 512 px wide, got 1200/),
    });
  });

  it('rejects a scene the bundler cannot compile, without failing the batch', () => {
    expect(rejectionOf('fixture-uncompilable')).toMatchObject({ code: 'RENDER_ERROR', message: "does not compile: Expected '</', got 'return' (line 5)" });
  });

  it('renders every sanitized scene of the demo corpus, three frames per supported format', () => {
    expect(demo.length).toBeGreaterThanOrEqual(30);
    const failures = demo.flatMap((scene) => {
      const outcome = outcomeOf(scene.templateId);
      return outcome.kind === 'rejected' ? [`${scene.templateId}: ${outcome.rejection.code} ${outcome.rejection.message}`] : [];
    });
    expect(failures).toEqual([]);
    for (const scene of demo) {
      const outcome = outcomeOf(scene.templateId);
      if (outcome.kind === 'kept') expect(outcome.thumbnails.map((t) => t.format)).toEqual(scene.supportedFormats.flatMap((format) => [format, format, format]));
    }
  });

  it('renders the same thumbnails byte for byte in another pair of browsers', async () => {
    // Stand-ins, the contract's globals and scenes of the demo corpus, rendered again from scratch: a release
    // holds the thumbnails, so two builds of the same inputs must give the same bytes.
    const again = [...FIXTURES.filter((scene) => ['fixture-contract', 'fixture-remote-assets', 'fixture-remote-media'].includes(scene.templateId)), ...demo.slice(0, 8)];
    const rerun = await renderScenes(again, settings);
    const differing = again.flatMap((scene, i) => {
      const [first, second] = [outcomeOf(scene.templateId), rerun[i]!];
      if (first.kind !== 'kept' || second.kind !== 'kept') return [`${scene.templateId}: ${first.kind}, then ${second.kind}`];
      return first.thumbnails.flatMap((thumbnail, j) => (thumbnail.png === second.thumbnails[j]?.png ? [] : [`${scene.templateId} ${thumbnail.format}-${thumbnail.frame}`]));
    });
    expect(differing).toEqual([]);
  }, 3_600_000);

  it('reports progress once per scene', () => {
    expect([...progress].sort()).toEqual([...FIXTURES, ...demo].map((scene) => scene.templateId).sort());
  });
});

/** Pixels of the stand-in's amber frame (#f59e0b), give or take the downscaling. */
function amberPixels(image: DecodedPng): number {
  let count = 0;
  for (let i = 0; i < image.pixels.length; i += image.channels) {
    const [r, g, b] = [image.pixels[i]!, image.pixels[i + 1]!, image.pixels[i + 2]!];
    if (r > 200 && g > 120 && g < 190 && b < 70) count++;
  }
  return count;
}

/** A URL the code only builds at run time: no literal shows it, the render does. */
const hidden = fixture(
  'fixture-hidden-remote',
  `const host = ['cdn', 'acme', 'test'].join('.');

export default function Hidden() {
  return (
    <AbsoluteFill style={{ backgroundColor: 'white' }}>
      <Img src={'https://' + host + '/hidden.png'} style={{ width: 400 }} />
    </AbsoluteFill>
  );
}`,
);

const remoteImage = fixture(
  'fixture-remote-image',
  `export default function Team() {
  return (
    <AbsoluteFill style={{ backgroundColor: 'white' }}>
      <Img src="https://images.acme.test/team.jpg" style={{ width: 640, height: 360 }} />
    </AbsoluteFill>
  );
}`,
);

describe.skipIf(!hasChromium)('renderScenes under the other remote policies', () => {
  it('rewrites remote image URLs under `placeholder`, and answers what the code hides with stand-ins', async () => {
    const [rewritten, stubbed] = await renderScenes([remoteImage, hidden], { ...settings, remoteAssets: 'placeholder', concurrency: 1 });
    if (rewritten?.kind !== 'kept' || stubbed?.kind !== 'kept') throw new Error(JSON.stringify([rewritten, stubbed]));
    expect(rewritten.thumbnails).toHaveLength(3);
    expect(rewritten.rewrite?.fixes).toEqual(['placeholder-remote-image:https://images.acme.test/team.jpg']);
    expect(rewritten.rewrite?.code).toContain(PLACEHOLDER_IMAGE);
    expect(rewritten.flags).toEqual([]);
    expect(stubbed).toMatchObject({ rewrite: null, flags: ['remote-image-stubbed:cdn.acme.test'] });
  }, 1_800_000);

  it('rejects a remote URL the code hides under `reject` once the render requests it', async () => {
    const [outcome] = await renderScenes([hidden], { ...settings, remoteAssets: 'reject', concurrency: 1 });
    expect(outcome).toMatchObject({
      kind: 'rejected',
      rejection: { code: 'REMOTE_ASSET', message: 'requested remote assets while rendering: image https://cdn.acme.test/hidden.png' },
    });
  }, 1_800_000);
});

describe('renderScenes without rendering', () => {
  it('rejects remote images under `reject` before any browser starts', async () => {
    const [outcome] = await renderScenes([remoteImage], { ...settings, remoteAssets: 'reject', browserExecutable: '/nonexistent/chromium' });
    expect(outcome).toMatchObject({ kind: 'rejected', rejection: { code: 'REMOTE_ASSET', message: 'loads remote assets: image https://images.acme.test/team.jpg (line 6)' } });
  });

  it('rejects the scene that renders under `stub` as today under `reject`', async () => {
    const remote = FIXTURES.find((scene) => scene.templateId === 'fixture-remote-assets')!;
    const [outcome] = await renderScenes([remote], { ...settings, remoteAssets: 'reject', browserExecutable: '/nonexistent/chromium' });
    expect(outcome).toMatchObject({ kind: 'rejected', rejection: { code: 'REMOTE_ASSET', message: expect.stringContaining('image https://images.unsplash.com/photo-1?w=800&h=600&fit=crop') } });
  });
});
