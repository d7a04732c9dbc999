import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { dropSuffixedDuration } from './drop-suffixed-duration';

const scene = 'const script_Q4X8Z2M7 = ["Hi"];\nexport default function Scene() { return <p>{script_Q4X8Z2M7[0]}</p>; }';

describe('drop-suffixed-duration', () => {
  it('drops a suffixed duration export that repeats the clean one', async () => {
    const run = await runModuleStep(dropSuffixedDuration, `export const durationInFrames_Q4X8Z2M7 = 150;\n${scene}\nexport const durationInFrames = 150;`);
    expect(run.code).toBe(await canonical(`${scene}\nexport const durationInFrames = 150;`));
    expect(run.fixes).toEqual(['dropped-suffixed-duration:durationInFrames_Q4X8Z2M7']);
    expect(run.warnings).toEqual([]);
  });

  it('points what read the suffixed duration at the clean one', async () => {
    const source = [
      'export const durationInFrames_Q4X8Z2M7 = 150;',
      'function Fade() { const frame = 1; return <p style={{ opacity: frame / durationInFrames_Q4X8Z2M7 }} />; }',
      scene,
      'export const durationInFrames = 150;',
      'export const timing = { durationInFrames_Q4X8Z2M7 };',
    ].join('\n');
    const run = await runModuleStep(dropSuffixedDuration, source);
    expect(run.code).toBe(
      await canonical(
        [
          'function Fade() { const frame = 1; return <p style={{ opacity: frame / durationInFrames }} />; }',
          scene,
          'export const durationInFrames = 150;',
          'export const timing = { durationInFrames_Q4X8Z2M7: durationInFrames };',
        ].join('\n'),
      ),
    );
  });

  it('gives the clean duration the value it only aliased', async () => {
    const run = await runModuleStep(dropSuffixedDuration, `const durationInFrames_8a7f2b3c = 90;\nexport const durationInFrames = durationInFrames_8a7f2b3c;\n${scene}`);
    expect(run.code).toBe(await canonical(`export const durationInFrames = 90;\n${scene}`));
  });

  it('keeps the clean duration when the two disagree, dropping an unread suffixed one with a warning', async () => {
    const run = await runModuleStep(dropSuffixedDuration, `export const durationInFrames_Q4X8Z2M7 = 180;\n${scene}\nexport const durationInFrames = 150;`);
    expect(run.code).toBe(await canonical(`${scene}\nexport const durationInFrames = 150;`));
    expect(run.fixes).toEqual(['dropped-suffixed-duration:durationInFrames_Q4X8Z2M7']);
    expect(run.warnings).toEqual(['duration-conflict: durationInFrames_Q4X8Z2M7 = 180 dropped, durationInFrames = 150 kept']);
  });

  it('keeps a disagreeing suffixed duration the scene reads, as a local that is no longer exported', async () => {
    const source = `export const durationInFrames_Q4X8Z2M7 = 180;\nconst fadeOut = durationInFrames_Q4X8Z2M7 - 12;\n${scene}\nexport const durationInFrames = 150;`;
    const run = await runModuleStep(dropSuffixedDuration, source);
    expect(run.code).toBe(await canonical(source.replace('export const durationInFrames_Q4X8Z2M7', 'const durationInFrames_Q4X8Z2M7')));
    expect(run.fixes).toEqual(['unexported-suffixed-duration:durationInFrames_Q4X8Z2M7']);
    expect(run.warnings).toEqual(['duration-conflict: durationInFrames_Q4X8Z2M7 = 180 kept as a local, durationInFrames = 150 exported']);
  });

  it('does not point a reader at the clean duration where a local of that name would capture it, or before it is set', async () => {
    const shadowed = [
      'export const durationInFrames_Q4X8Z2M7 = 150;',
      'function Fade() { const { durationInFrames } = useVideoConfig(); return <p>{durationInFrames - durationInFrames_Q4X8Z2M7}</p>; }',
      scene,
      'export const durationInFrames = 150;',
    ].join('\n');
    expect((await runModuleStep(dropSuffixedDuration, shadowed)).fixes).toEqual(['unexported-suffixed-duration:durationInFrames_Q4X8Z2M7']);
    const early = `export const durationInFrames_Q4X8Z2M7 = 150;\nconst half = durationInFrames_Q4X8Z2M7 / 2;\n${scene}\nexport const durationInFrames = 150;`;
    expect((await runModuleStep(dropSuffixedDuration, early)).fixes).toEqual(['unexported-suffixed-duration:durationInFrames_Q4X8Z2M7']);
  });

  it('leaves a lone suffixed duration to the rename', async () => {
    const source = `export const durationInFrames_Q4X8Z2M7 = 150;\n${scene}`;
    expect((await runModuleStep(dropSuffixedDuration, source)).code).toBe(await canonical(source));
  });
});
