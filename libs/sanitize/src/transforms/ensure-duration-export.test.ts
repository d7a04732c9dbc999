import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { ensureDurationExport } from './ensure-duration-export';

const scene = 'export default () => <p />;';

describe('ensure-duration-export', () => {
  it('adds the metadata duration when the code has none', async () => {
    const run = await runModuleStep(ensureDurationExport, scene, { raw: { duration: 240 } });
    expect(run.code).toBe(await canonical(`${scene}\nexport const durationInFrames = 240;`));
    expect(run.fixes).toEqual(['added-duration-export']);
    expect(run.warnings).toEqual([]);
  });

  it('prefers a duration the code stated elsewhere, warning when metadata disagrees', async () => {
    const run = await runModuleStep(ensureDurationExport, scene, { raw: { duration: 150 }, hints: { durationInFrames: 90 } });
    expect(run.code).toBe(await canonical(`${scene}\nexport const durationInFrames = 90;`));
    expect(run.warnings).toEqual(['duration-mismatch: code 90, metadata 150']);
  });

  it('exports a declared const in place, replacing a separate export specifier', async () => {
    const run = await runModuleStep(ensureDurationExport, `const durationInFrames = 180;\nconst x = 1;\n${scene}\nexport { x, durationInFrames };`, {
      raw: { duration: 180 },
    });
    expect(run.code).toBe(await canonical(`export const durationInFrames = 180;\nconst x = 1;\n${scene}\nexport { x };`));
    expect(run.fixes).toEqual(['exported-duration']);
  });

  it('keeps the code value on a mismatch and accepts expressions', async () => {
    const literal = await runModuleStep(ensureDurationExport, `export const durationInFrames = 180;\n${scene}`, { raw: { duration: 150 } });
    expect(literal.warnings).toEqual(['duration-mismatch: code 180, metadata 150']);
    const expression = await runModuleStep(ensureDurationExport, `const SLIDES = 4;\nexport const durationInFrames = SLIDES * 45;\n${scene}`);
    expect(expression.fixes).toEqual([]);
    expect(expression.warnings).toEqual([]);
  });

  it.each([
    ['let durationInFrames = 90;', /not a const/],
    ['const durationInFrames = 90;\nconst durationInFrames = 91;', /declared 2 times/],
    ['const frames = 90;\nexport { frames as durationInFrames };', /alias of frames/],
    ['export function durationInFrames() { return 90; }', /something other than a const/],
  ])('refuses %s', async (declaration, message) => {
    const run = await runModuleStep(ensureDurationExport, `${declaration}\n${scene}`);
    expect(run.refusal).toMatchObject({ refused: 'INVALID_DURATION_EXPORT' });
    expect(run.refusal?.message).toMatch(message);
  });
});
