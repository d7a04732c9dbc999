import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type RenderConfig } from '@dataset/config';
import { sha256, type SanitizedScene, type VideoFormat } from '@dataset/domain';
import { createSanitizer } from '@dataset/sanitize';
import { assembleRawTemplates, parseCanonicalMetadata, readEmbeddedSeed, readTsxFolder } from '@dataset/sources';
import { renderScenes } from './render-scenes';
import { decodePng } from './png';
import { PLACEHOLDER_IMAGE } from './placeholders';
import { chromiumVersion } from './version';
import type { RenderOutcome } from './outcome';

/**
 * The real renderer in the real Chromium: scenes written to fail in each way, and the demo corpus, all in
 * one batch — one bundle and one pair of browsers for every test here (about two minutes on two cores).
 */

const DEMO_CONFIG = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/dataset.config.json');
const config = loadConfig(DEMO_CONFIG);
const settings: RenderConfig = { ...config.render, timeoutMs: 7000, remoteAssets: 'placeholder' };
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
  fixture(
    'fixture-remote-image',
    `export default function Team() {
  return (
    <AbsoluteFill style={{ backgroundColor: 'white' }}>
      <Img src="https://images.acme.test/team.jpg" style={{ width: 640, height: 360 }} />
    </AbsoluteFill>
  );
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
  }, 600_000);

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
    expect(rejectionOf('fixture-busy')).toMatchObject({ code: 'RENDER_TIMEOUT', message: expect.stringMatching(/did not finish within 7000 ms/) });
    expect([...outcomes.values()].filter((outcome) => outcome.kind === 'kept').length).toBe(demo.length + 2);
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

  it('renders a remote image swapped for the stand-in under `placeholder`, recording the fix', () => {
    const outcome = outcomeOf('fixture-remote-image');
    if (outcome.kind !== 'kept') throw new Error(JSON.stringify(outcome));
    expect(outcome.thumbnails).toHaveLength(3);
    expect(outcome.rewrite?.fixes).toEqual(['placeholder-remote-image:https://images.acme.test/team.jpg']);
    expect(outcome.rewrite?.code).toContain(PLACEHOLDER_IMAGE);
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

  it('reports progress once per scene', () => {
    expect([...progress].sort()).toEqual([...FIXTURES, ...demo].map((scene) => scene.templateId).sort());
  });
});

describe('renderScenes without rendering', () => {
  it('rejects a remote image under `reject` before any browser starts', async () => {
    const remote = FIXTURES.find((scene) => scene.templateId === 'fixture-remote-image')!;
    const [outcome] = await renderScenes([remote], { ...settings, remoteAssets: 'reject', browserExecutable: '/nonexistent/chromium' });
    expect(outcome).toMatchObject({ kind: 'rejected', rejection: { code: 'REMOTE_ASSET', message: 'loads remote assets: image https://images.acme.test/team.jpg (line 6)' } });
  });
});
