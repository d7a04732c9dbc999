import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { importsToRuntimeContract } from './imports-to-runtime-contract';

describe('imports-to-runtime-contract', () => {
  it('turns remotion imports into a window.Remotion destructure and React imports into the React global', async () => {
    const run = await runModuleStep(
      importsToRuntimeContract,
      [
        "import React, { useState, useEffect as onMount } from 'react';",
        "import { AbsoluteFill, Sequence as Seq, type SpringConfig } from 'remotion';",
        'export default function A() {',
        '  const [n, setN] = useState(0);',
        '  onMount(() => setN(1), []);',
        '  const api = { useState };',
        '  return <AbsoluteFill><Seq>{n}{api.useState.name}</Seq></AbsoluteFill>;',
        '}',
      ].join('\n'),
    );
    expect(run.code).toBe(
      await canonical(
        [
          'const { AbsoluteFill, Sequence: Seq } = window.Remotion;',
          'export default function A() {',
          '  const [n, setN] = React.useState(0);',
          '  React.useEffect(() => setN(1), []);',
          '  const api = { useState: React.useState };',
          '  return <AbsoluteFill><Seq>{n}{api.useState.name}</Seq></AbsoluteFill>;',
          '}',
        ].join('\n'),
      ),
    );
    expect(run.fixes).toEqual(['imports-to-runtime-contract']);
  });

  it('binds a namespace import under its own name to the global', async () => {
    const run = await runModuleStep(importsToRuntimeContract, "import * as R from 'remotion';\nexport default () => <R.AbsoluteFill />;");
    expect(run.code).toBe(await canonical('const R = window.Remotion;\nexport default () => <R.AbsoluteFill />;'));
  });

  it('erases type-only imports from any module', async () => {
    const run = await runModuleStep(importsToRuntimeContract, "import type { Props } from './types';\nexport default (p: Props) => <div />;");
    expect(run.code).toBe(await canonical('export default (p: Props) => <div />;'));
    expect(run.fixes).toEqual(['dropped-type-import:./types']);
  });

  it.each([
    ["import { Chart } from 'chart.js';", 'chart.js'],
    ["import './styles.css';", './styles.css'],
    ["import { helper } from '../shared/helper';", '../shared/helper'],
    ["export { x } from 'lodash';", 'lodash'],
    ["const lazy = () => import('three');", 'three'],
  ])('refuses %s, naming the module', async (statement, module) => {
    const run = await runModuleStep(importsToRuntimeContract, `${statement}\nexport default () => <div />;`);
    expect(run.refusal).toMatchObject({ refused: 'UNKNOWN_IMPORT' });
    expect(run.refusal?.message).toContain(`'${module}'`);
  });
});
