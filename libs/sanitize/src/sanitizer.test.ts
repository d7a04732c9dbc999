import { SanitizedScene, sha256 } from '@dataset/domain';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures';
import { RUNTIME_CONTRACT } from './contract';
import { createSanitizer } from './sanitizer';
import { rawTemplate } from './test-support';

const sanitizer = createSanitizer();

describe('createSanitizer', () => {
  it('turns a known raw legacy template into a module that starts with the runtime destructure and exports the scene and its duration', async () => {
    const outcome = await sanitizer.sanitize(rawTemplate(FIXTURES.legacyFunctionBody, { templateId: 'name-tag', duration: 120 }));
    expect(outcome.kind).toBe('kept');
    if (outcome.kind !== 'kept') return;
    const { scene } = outcome;
    expect(scene.code.startsWith('const { AbsoluteFill, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;\n')).toBe(true);
    expect(scene.code).toContain('\nexport default function Scene() {\n');
    expect(scene.code).toContain('\nexport const durationInFrames = 120;\n');
    expect(scene.code).toContain('<strong>{script.name}</strong>');
    expect(scene.code).not.toMatch(/```|\/\/|\/\*|createElement|_me44v5an|Let me know/);
    expect(scene.fixes).toEqual([
      'stripped-fence',
      'stripped-prose',
      'repaired-jsx-close-tag',
      'module-from-return-scene',
      'jsx-from-createElement',
      'renamed-suffix:script_me44v5an→script',
      'renamed-suffix:durationInFrames_8a7f2b3c→durationInFrames',
      'renamed-suffix:NameTag_me44v5an→NameTag',
      'renamed-suffix:Scene_me44v5an→Scene',
      'dropped-unused-runtime-names:Sequence',
      'added-default-export',
      'exported-duration',
      'removed-comments',
    ]);
    expect(scene.codeDurationInFrames).toBe(120);
    expect(scene.warnings).toEqual([]);
    expect(scene.codeSha256).toBe(sha256(scene.code));
    expect(SanitizedScene.parse(scene)).toEqual(scene);
  });

  it('removes a production export\'s upper-case ids and its second, suffixed duration export', async () => {
    const source = [
      'const { AbsoluteFill, Sequence, useCurrentFrame } = window.Remotion;',
      'const script_Q4X8Z2M7 = [{ text: "Launch day", frames: 60 }, { text: "Ship it", frames: 90 }];',
      'let accumulatedFrames_Q4X8Z2M7 = 0;',
      'const sequences_Q4X8Z2M7 = script_Q4X8Z2M7.map((line) => {',
      '  const from = accumulatedFrames_Q4X8Z2M7;',
      '  accumulatedFrames_Q4X8Z2M7 += line.frames;',
      '  return { ...line, from };',
      '});',
      'const totalFrames_Q4X8Z2M7 = accumulatedFrames_Q4X8Z2M7;',
      'export default function Launch() {',
      '  const frame = useCurrentFrame();',
      '  return (',
      '    <AbsoluteFill style={{ opacity: frame < totalFrames_Q4X8Z2M7 ? 1 : 0 }}>',
      '      {sequences_Q4X8Z2M7.map((line) => <Sequence key={line.text} from={line.from} durationInFrames={line.frames}><h1>{line.text}</h1></Sequence>)}',
      '    </AbsoluteFill>',
      '  );',
      '}',
      'export const durationInFrames_Q4X8Z2M7 = 150;',
      'export const durationInFrames = 150;',
    ].join('\n');
    const outcome = await sanitizer.sanitize(rawTemplate(source));
    expect(outcome.kind).toBe('kept');
    if (outcome.kind !== 'kept') return;
    expect(outcome.scene.code).not.toContain('Q4X8Z2M7');
    expect(outcome.scene.code.match(/export const durationInFrames\b/g)).toHaveLength(1);
    expect(outcome.scene.fixes).toEqual([
      'dropped-suffixed-duration:durationInFrames_Q4X8Z2M7',
      'renamed-suffix:script_Q4X8Z2M7→script',
      'renamed-suffix:accumulatedFrames_Q4X8Z2M7→accumulatedFrames',
      'renamed-suffix:sequences_Q4X8Z2M7→sequences',
      'renamed-suffix:totalFrames_Q4X8Z2M7→totalFrames',
    ]);
    expect(outcome.scene.warnings).toEqual([]);
  });

  it('makes a registry module the same module shape', async () => {
    const outcome = await sanitizer.sanitize(rawTemplate(FIXTURES.registryModule, { sourceType: 'registry', provenance: 'registry', duration: 90 }));
    expect(outcome.kind).toBe('kept');
    if (outcome.kind !== 'kept') return;
    expect(outcome.scene.code.startsWith('const { AbsoluteFill, interpolate, random, useCurrentFrame, useVideoConfig } = window.Remotion;\n')).toBe(true);
    expect(outcome.scene.code).toContain('React.useMemo<Dot[]>(');
    expect(outcome.scene.code).toMatch(/\nexport default ConfettiBurst;\n\nexport const durationInFrames = 90;\n$/);
    expect(outcome.scene.code).not.toMatch(/import|templateConfig|getCode/);
    expect(outcome.scene.fixes).toEqual([
      'dropped-template-config',
      'imports-to-runtime-contract',
      'sorted-runtime-destructure',
      'added-default-export',
      'added-duration-export',
    ]);
  });

  it('warns when the code and the metadata disagree on the duration, keeping the code', async () => {
    const outcome = await sanitizer.sanitize(rawTemplate(FIXTURES.modernScene, { duration: 120 }));
    expect(outcome).toMatchObject({ kind: 'kept', scene: { codeDurationInFrames: 150, duration: 120, warnings: ['duration-mismatch: code 150, metadata 120'] } });
  });

  it('reports a failure as a rejection of stage sanitized with a stable code', async () => {
    const outcome = await sanitizer.sanitize(rawTemplate('export default function () { return <div>', { templateId: 'broken' }));
    expect(outcome).toEqual({
      kind: 'rejected',
      rejection: { templateId: 'broken', stage: 'sanitized', code: 'PARSE_ERROR', message: expect.stringMatching(/^line 1, column \d+: /) },
    });
    expect(await sanitizer.sanitize(rawTemplate('  \n'))).toMatchObject({ kind: 'rejected', rejection: { code: 'EMPTY_CODE' } });
  });

  it('gives the same results when calls overlap as when they run one by one', async () => {
    const inputs = [FIXTURES.legacyFunctionBody, FIXTURES.registryModule, FIXTURES.modernScene, 'oops {'].map((code, index) =>
      rawTemplate(code, { templateId: `t${index}` }),
    );
    const sequential = [];
    for (const raw of inputs) sequential.push(await sanitizer.sanitize(raw));
    const concurrent = await Promise.all(inputs.map((raw) => sanitizer.sanitize(raw)));
    expect(concurrent).toEqual(sequential);
  });

  it('reads what the runtime provides from the contract it is given, not from code', async () => {
    const source = "import { evolvePath } from '@remotion/paths';\nexport default () => <p>{evolvePath(0.5, 'M 0 0 L 10 10').strokeDasharray}</p>;";
    const refused = await sanitizer.sanitize(rawTemplate(source));
    expect(refused).toMatchObject({ kind: 'rejected', rejection: { code: 'UNKNOWN_IMPORT' } });
    const widened = createSanitizer({
      contract: {
        ...RUNTIME_CONTRACT,
        globals: [...RUNTIME_CONTRACT.globals, { name: 'RemotionPaths', kind: 'namespace', provides: 'the @remotion/paths package' }],
        imports: [...RUNTIME_CONTRACT.imports, { specifier: '@remotion/paths', global: 'RemotionPaths', style: 'namespace' }],
      },
    });
    const kept = await widened.sanitize(rawTemplate(source));
    expect(kept.kind === 'kept' && kept.scene.code).toContain("RemotionPaths.evolvePath(0.5, 'M 0 0 L 10 10')");
  });

  it('normalizes CRLF line endings and a byte-order mark', async () => {
    const plain = await sanitizer.sanitize(rawTemplate(FIXTURES.modernScene));
    const windows = await sanitizer.sanitize(rawTemplate(`\uFEFF${FIXTURES.modernScene.replace(/\n/g, '\r\n')}`));
    expect(windows).toEqual(plain);
  });
});

describe('remembered formatting', () => {
  const memo = () => {
    const records = new Map<string, string>();
    return { records, formatted: { get: (printed: string) => records.get(printed), put: (printed: string, code: string) => void records.set(printed, code) } };
  };

  it('gives the same scene with remembered formatting as with none, and formats each printed module once', async () => {
    const { records, formatted } = memo();
    const remembering = createSanitizer({ formatted });
    const raw = rawTemplate(FIXTURES.legacyFunctionBody, { templateId: 'name-tag', duration: 120 });
    const fresh = await sanitizer.sanitize(raw);
    const first = await remembering.sanitize(raw);
    expect(records.size).toBe(1);
    const second = await remembering.sanitize(raw);
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    if (fresh.kind === 'kept') expect([...records.values()]).toEqual([fresh.scene.code]);
  });

  it('takes a remembered module instead of running prettier, and still refuses one that does not parse', async () => {
    const { records, formatted } = memo();
    const remembering = createSanitizer({ formatted });
    const raw = rawTemplate(FIXTURES.modernScene);
    await remembering.sanitize(raw);
    const [printed, code] = [...records][0]!;
    records.set(printed, `${code}\nexport const rememberedMarker = 1;\n`);
    const reused = await remembering.sanitize(raw);
    expect(reused.kind === 'kept' && reused.scene.code.endsWith('export const rememberedMarker = 1;\n')).toBe(true);
    records.set(printed, 'export const = ;');
    const damaged = await remembering.sanitize(raw);
    expect(damaged.kind === 'rejected' && damaged.rejection.code).toBe('FORMAT_ERROR');
  });
});
