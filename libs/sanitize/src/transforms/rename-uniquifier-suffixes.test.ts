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

  it('keeps the suffix when the clean name is taken, shadowed anywhere, wanted twice or a global', async () => {
    const source = [
      'const durationInFrames_8a7f2b3c = 90;',
      'export const durationInFrames = durationInFrames_8a7f2b3c;',
      'const item_aa11bb22 = 1;',
      'const item_cc33dd44 = 2;',
      'const frame_k3v9q2xa = 3;',
      'function f() { const frame = 1; return frame + frame_k3v9q2xa + item_aa11bb22 + item_cc33dd44; }',
      'const window_k3v9q2xa = 4;',
    ].join('\n');
    const run = await runModuleStep(renameUniquifierSuffixes, source);
    expect(run.code).toBe(await canonical(source));
    expect(run.fixes).toEqual([]);
  });

  it('is not blocked by property names that spell the clean name', async () => {
    const run = await runModuleStep(renameUniquifierSuffixes, 'const title_ab12cd34 = "Hi";\nconst card = { title: title_ab12cd34 };\nconst t = card.title;\nconst el = <h1 title={title_ab12cd34} />;');
    expect(run.code).toBe(await canonical('const title = "Hi";\nconst card = { title: title };\nconst t = card.title;\nconst el = <h1 title={title} />;'));
  });

  it('leaves names that only look suffixed alone', async () => {
    const source = 'const my_variable = 1;\nconst step_2 = 2;\nconst frame_12345678 = 3;';
    expect((await runModuleStep(renameUniquifierSuffixes, source)).fixes).toEqual([]);
  });

  it('follows the scene hint through the rename', async () => {
    const run = await runModuleStep(renameUniquifierSuffixes, 'function Scene_ab12cd34() { return <p />; }', { hints: { component: 'Scene_ab12cd34' } });
    expect(run.hints.component).toBe('Scene');
  });
});
