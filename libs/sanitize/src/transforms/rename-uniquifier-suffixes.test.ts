import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { renameUniquifierSuffixes } from './rename-uniquifier-suffixes';

describe('rename-uniquifier-suffixes', () => {
  it('renames suffixed top-level names and every reference to them', async () => {
    const run = await runModuleStep(
      renameUniquifierSuffixes,
      [
        'const script_me44v5an = [{ text: "Hi" }];',
        'export const durationInFrames_8a7f2b3c = 90;',
        'function Title_me44v5an({ text }) { return <h1>{text}</h1>; }',
        'export default function Scene_ab12cd() {',
        '  const lines = { script_me44v5an };',
        '  return <Title_me44v5an text={script_me44v5an[0].text}></Title_me44v5an>;',
        '}',
      ].join('\n'),
    );
    expect(run.code).toBe(
      await canonical(
        [
          'const script = [{ text: "Hi" }];',
          'export const durationInFrames = 90;',
          'function Title({ text }) { return <h1>{text}</h1>; }',
          'export default function Scene() {',
          '  const lines = { script_me44v5an: script };',
          '  return <Title text={script[0].text}></Title>;',
          '}',
        ].join('\n'),
      ),
    );
    expect(run.fixes).toEqual([
      'renamed-suffix:script_me44v5an→script',
      'renamed-suffix:durationInFrames_8a7f2b3c→durationInFrames',
      'renamed-suffix:Title_me44v5an→Title',
      'renamed-suffix:Scene_ab12cd→Scene',
    ]);
  });

  it('renames upper-case ids like lower-case ones, on every name that carries one', async () => {
    const run = await runModuleStep(
      renameUniquifierSuffixes,
      [
        'const script_Q4X8Z2M7 = [{ text: "Hi", frames: 30 }];',
        'const sequences_Q4X8Z2M7 = script_Q4X8Z2M7.map((line) => line.frames);',
        'const totalFrames_Q4X8Z2M7 = sequences_Q4X8Z2M7.reduce((sum, frames) => sum + frames, 0);',
        'let accumulatedFrames_Q4X8Z2M7 = 0;',
        'export default function Scene() { return <p>{totalFrames_Q4X8Z2M7 + accumulatedFrames_Q4X8Z2M7}</p>; }',
      ].join('\n'),
    );
    expect(run.code).not.toContain('Q4X8Z2M7');
    expect(run.fixes).toEqual([
      'renamed-suffix:script_Q4X8Z2M7→script',
      'renamed-suffix:sequences_Q4X8Z2M7→sequences',
      'renamed-suffix:totalFrames_Q4X8Z2M7→totalFrames',
      'renamed-suffix:accumulatedFrames_Q4X8Z2M7→accumulatedFrames',
    ]);
  });

  it('takes the first free numbered name when the clean name is taken, shadowed anywhere, wanted twice or a global', async () => {
    const run = await runModuleStep(
      renameUniquifierSuffixes,
      [
        'function HeroTitle() { return <h1 />; }',
        'function HeroTitle_kq82hx1z() { return <h2 />; }',
        'const reviews_3d9f1a7c = [{ stars: 5 }];',
        'function Stars({ reviews }) { return <p>{reviews.length + reviews_3d9f1a7c.length}</p>; }',
        'const item_aa11bb22 = 1;',
        'const item_cc33dd44 = 2;',
        'const window_k3v9q2xa = item_aa11bb22 + item_cc33dd44;',
        'export default () => <HeroTitle_kq82hx1z />;',
      ].join('\n'),
    );
    expect(run.code).toBe(
      await canonical(
        [
          'function HeroTitle() { return <h1 />; }',
          'function HeroTitle2() { return <h2 />; }',
          'const reviews2 = [{ stars: 5 }];',
          'function Stars({ reviews }) { return <p>{reviews.length + reviews2.length}</p>; }',
          'const item = 1;',
          'const item2 = 2;',
          'const window2 = item + item2;',
          'export default () => <HeroTitle2 />;',
        ].join('\n'),
      ),
    );
    expect(run.fixes).toEqual([
      'renamed-suffix:HeroTitle_kq82hx1z→HeroTitle2',
      'renamed-suffix:reviews_3d9f1a7c→reviews2',
      'renamed-suffix:item_aa11bb22→item',
      'renamed-suffix:item_cc33dd44→item2',
      'renamed-suffix:window_k3v9q2xa→window2',
    ]);
  });

  it('leaves plain constant names and names that only look suffixed alone', async () => {
    const names = ['MAX_WIDTH', 'API_KEY_V2', 'COLOR_1', 'STEP_2', 'SECTION_HEADER2', 'RES_1920X1080', 'my_variable', 'step_2', 'frame_12345678', 'heading_section2', 'color_3b82f6', 'bg_ffffff'];
    const source = names.map((name, index) => `const ${name} = ${index};`).join('\n');
    expect((await runModuleStep(renameUniquifierSuffixes, source)).fixes).toEqual([]);
  });

  it('keeps a colour name that spells its own value, even beside real ids', async () => {
    const run = await runModuleStep(renameUniquifierSuffixes, "const color_3b82f6 = '#3B82F6';\nconst script_Q4X8Z2M7 = [color_3b82f6];");
    expect(run.fixes).toEqual(['renamed-suffix:script_Q4X8Z2M7→script']);
  });

  it('takes a short id only when an 8-character id or another name carrying it backs it up', async () => {
    expect((await runModuleStep(renameUniquifierSuffixes, 'const Title_k3v9q2 = 1;')).fixes).toEqual([]);
    expect((await runModuleStep(renameUniquifierSuffixes, 'const Title_k3v9q2 = 1;\nconst Body_k3v9q2 = 2;')).fixes).toEqual([
      'renamed-suffix:Title_k3v9q2→Title',
      'renamed-suffix:Body_k3v9q2→Body',
    ]);
    expect((await runModuleStep(renameUniquifierSuffixes, 'const Title_k3v9q2 = 1;\nconst script_me44v5an = 2;')).fixes).toEqual([
      'renamed-suffix:Title_k3v9q2→Title',
      'renamed-suffix:script_me44v5an→script',
    ]);
  });

  it('is not blocked by property names that spell the clean name', async () => {
    const run = await runModuleStep(renameUniquifierSuffixes, 'const title_ab12cd34 = "Hi";\nconst card = { title: title_ab12cd34 };\nconst t = card.title;\nconst el = <h1 title={title_ab12cd34} />;');
    expect(run.code).toBe(await canonical('const title = "Hi";\nconst card = { title: title };\nconst t = card.title;\nconst el = <h1 title={title} />;'));
  });

  it('follows the scene hint through the rename', async () => {
    const run = await runModuleStep(renameUniquifierSuffixes, 'function Scene_ab12cd34() { return <p />; }', { hints: { component: 'Scene_ab12cd34' } });
    expect(run.hints.component).toBe('Scene');
  });
});
