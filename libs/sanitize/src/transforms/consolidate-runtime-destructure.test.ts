import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { consolidateRuntimeDestructure } from './consolidate-runtime-destructure';

describe('consolidate-runtime-destructure', () => {
  it('merges every route to window.Remotion into one sorted destructure of the names used, first', async () => {
    const run = await runModuleStep(
      consolidateRuntimeDestructure,
      [
        'const COLORS = ["#fff"];',
        'const { useCurrentFrame, Sequence, spring } = window.Remotion;',
        'const R = window.Remotion;',
        'function Title() {',
        '  const { interpolate } = window.Remotion;',
        '  const frame = useCurrentFrame();',
        '  return <h1 style={{ opacity: interpolate(frame, [0, 9], [0, 1]) }}>{R.random("x")}</h1>;',
        '}',
        'export default function Scene() {',
        '  return <AbsoluteFill><window.Remotion.Sequence from={5}><Title /></window.Remotion.Sequence></AbsoluteFill>;',
        '}',
      ].join('\n'),
    );
    expect(run.code).toBe(
      await canonical(
        [
          'const { AbsoluteFill, Sequence, interpolate, random, useCurrentFrame } = window.Remotion;',
          'const COLORS = ["#fff"];',
          'function Title() {',
          '  const frame = useCurrentFrame();',
          '  return <h1 style={{ opacity: interpolate(frame, [0, 9], [0, 1]) }}>{random("x")}</h1>;',
          '}',
          'export default function Scene() {',
          '  return <AbsoluteFill><Sequence from={5}><Title /></Sequence></AbsoluteFill>;',
          '}',
        ].join('\n'),
      ),
    );
    expect(run.fixes).toEqual(['consolidated-runtime-destructure', 'dropped-unused-runtime-names:spring', 'added-runtime-names:AbsoluteFill']);
  });

  it('keeps aliases and leaves a destructure whose names are declared elsewhere in place', async () => {
    const source = [
      'const { Sequence: Seq } = window.Remotion;',
      'function A() { const { spring } = window.Remotion; return <Seq>{spring.name}</Seq>; }',
      'function B() { const spring = 2; return <p>{spring}</p>; }',
    ].join('\n');
    const run = await runModuleStep(consolidateRuntimeDestructure, source);
    expect(run.code).toBe(await canonical(source));
    expect(run.fixes).toEqual([]);
  });

  it('leaves other objects\' members with contract names alone', async () => {
    const source = 'const { AbsoluteFill } = window.Remotion;\nexport default (props) => <AbsoluteFill>{props.Sequence}{props.spring}</AbsoluteFill>;';
    const run = await runModuleStep(consolidateRuntimeDestructure, source);
    expect(run.code).toBe(await canonical(source));
  });

  it('does not add a DOM constructor name unless it is used as a component', async () => {
    const run = await runModuleStep(consolidateRuntimeDestructure, 'const a = new Audio("x.mp3");\nconst B = () => <Audio src="y.mp3" />;');
    expect(run.code).toBe(await canonical('const { Audio } = window.Remotion;\nconst a = new Audio("x.mp3");\nconst B = () => <Audio src="y.mp3" />;'));
  });

  it('refuses names the runtime contract does not provide', async () => {
    const run = await runModuleStep(consolidateRuntimeDestructure, 'const { AbsoluteFill, registerRoot } = window.Remotion;\nregisterRoot(AbsoluteFill);');
    expect(run.refusal).toMatchObject({ refused: 'UNKNOWN_RUNTIME_NAME' });
    expect(run.refusal?.message).toContain('window.Remotion.registerRoot (line 1)');
  });

  it('only sorts an unsorted destructure, and leaves a canonical one untouched', async () => {
    const sorted = await runModuleStep(consolidateRuntimeDestructure, 'const { spring, AbsoluteFill } = window.Remotion;\nexport default () => <AbsoluteFill>{spring.name}</AbsoluteFill>;');
    expect(sorted.fixes).toEqual(['sorted-runtime-destructure']);
    const again = await runModuleStep(consolidateRuntimeDestructure, sorted.code);
    expect(again.fixes).toEqual([]);
    expect(again.code).toBe(sorted.code);
  });
});
