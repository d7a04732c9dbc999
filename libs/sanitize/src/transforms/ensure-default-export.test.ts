import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { ensureDefaultExport } from './ensure-default-export';

describe('ensure-default-export', () => {
  it('exports the last top-level component when nothing is exported as default', async () => {
    const run = await runModuleStep(ensureDefaultExport, 'function Row() { return <li />; }\nasync function List() { return <ul><Row /></ul>; }\nconst helper = () => 1;');
    expect(run.code).toBe(await canonical('function Row() { return <li />; }\nexport default async function List() { return <ul><Row /></ul>; }\nconst helper = () => 1;'));
    expect(run.fixes).toEqual(['added-default-export']);
  });

  it('adds `export default X;` for a const component and upgrades a named export of a function', async () => {
    const constant = await runModuleStep(ensureDefaultExport, 'export const Card = React.memo(() => <div />);');
    expect(constant.code).toBe(await canonical('export const Card = React.memo(() => <div />);\nexport default Card;'));
    const named = await runModuleStep(ensureDefaultExport, 'export function Card() { return <div />; }');
    expect(named.code).toBe(await canonical('export default function Card() { return <div />; }'));
  });

  it('prefers the component the code named as the scene', async () => {
    const run = await runModuleStep(ensureDefaultExport, 'function Main() { return <main />; }\nfunction Footer() { return <footer />; }', {
      hints: { component: 'Main' },
    });
    expect(run.code).toBe(await canonical('export default function Main() { return <main />; }\nfunction Footer() { return <footer />; }'));
  });

  it('trusts the scene the code named even when it does not look like a component', async () => {
    const run = await runModuleStep(ensureDefaultExport, 'function Inner() { return <p />; }\nconst Scene = React.memo(Inner);', { hints: { component: 'Scene' } });
    expect(run.code).toBe(await canonical('function Inner() { return <p />; }\nconst Scene = React.memo(Inner);\nexport default Scene;'));
  });

  it('writes `export { X as default }` as `export default X;`', async () => {
    const run = await runModuleStep(ensureDefaultExport, 'const A = () => <p />;\nconst b = 1;\nexport { b, A as default };');
    expect(run.code).toBe(await canonical('const A = () => <p />;\nconst b = 1;\nexport { b };\nexport default A;'));
  });

  it('refuses two default exports and a module without a component', async () => {
    const twice = await runModuleStep(ensureDefaultExport, 'export default function A() { return <p />; }\nconst B = 1;\nexport { B as default };');
    expect(twice.refusal).toMatchObject({ refused: 'MULTIPLE_DEFAULT_EXPORTS' });
    const none = await runModuleStep(ensureDefaultExport, 'export const PRESETS = { fade: 10 };\nfunction helper() { return 1; }');
    expect(none.refusal).toMatchObject({ refused: 'NO_COMPONENT' });
  });

  it('leaves a module with one default export alone', async () => {
    const run = await runModuleStep(ensureDefaultExport, 'export default () => <p />;');
    expect(run.fixes).toEqual([]);
  });
});
