import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { dropTemplateConfig } from './drop-template-config';

describe('drop-template-config', () => {
  it('drops the registry config and remembers the component and duration it names', async () => {
    const run = await runModuleStep(
      dropTemplateConfig,
      `const Orbit = () => <div />;\nexport const templateConfig = { id: 'orbit', duration: 240, component: Orbit, getCode: () => \`x\` };\n`,
    );
    expect(run.code).toBe(await canonical('const Orbit = () => <div />;'));
    expect(run.fixes).toEqual(['dropped-template-config']);
    expect(run.hints).toEqual({ component: 'Orbit', durationInFrames: 240 });
  });

  it('also drops a default export of the config', async () => {
    const run = await runModuleStep(dropTemplateConfig, 'function A() { return <p />; }\nconst templateConfig = { component: A };\nexport default templateConfig;');
    expect(run.code).toBe(await canonical('function A() { return <p />; }'));
  });

  it('leaves modules without a config untouched', async () => {
    const run = await runModuleStep(dropTemplateConfig, 'export default () => <p />;');
    expect(run.fixes).toEqual([]);
    expect(run.hints).toEqual({});
  });
});
