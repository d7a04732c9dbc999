import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { moduleFromReturnScene } from './module-from-return-scene';

describe('module-from-return-scene', () => {
  it('turns a function body ending in `return Scene_X` into a module whose scene is Scene_X', async () => {
    const run = await runModuleStep(moduleFromReturnScene, 'function Scene_ab12cd34() {\n  return <div />;\n}\nreturn Scene_ab12cd34;\n');
    expect(run.code).toBe(await canonical('function Scene_ab12cd34() {\n  return <div />;\n}'));
    expect(run.hints.component).toBe('Scene_ab12cd34');
    expect(run.fixes).toEqual(['module-from-return-scene']);
  });

  it('refuses a top-level return of anything but a declared scene', async () => {
    const run = await runModuleStep(moduleFromReturnScene, 'function A() { return <div />; }\nreturn { component: A };');
    expect(run.refusal).toMatchObject({ refused: 'UNSUPPORTED_TOP_LEVEL_RETURN' });
  });

  it('refuses a return that is not the last statement', async () => {
    const run = await runModuleStep(moduleFromReturnScene, 'function A() { return <div />; }\nreturn A;\nconst late = 1;');
    expect(run.refusal?.message).toMatch(/line 2/);
  });

  it('refuses a return naming something the module does not declare', async () => {
    const run = await runModuleStep(moduleFromReturnScene, 'return OtherScene;');
    expect(run.refusal).toMatchObject({ refused: 'UNSUPPORTED_TOP_LEVEL_RETURN' });
  });
});
