import { describe, expect, it } from 'vitest';
import { canonical, runModuleStep } from '../test-support';
import { stripStreamArtifacts } from './strip-stream-artifacts';

describe('strip-stream-artifacts', () => {
  it('drops a lone undeclared identifier line left by a stream', async () => {
    const run = await runModuleStep(stripStreamArtifacts, 'x\nexport default () => <div />;\nx\n');
    expect(run.code).toBe(await canonical('export default () => <div />;'));
    expect(run.fixes).toEqual(['stripped-stream-artifact:x']);
  });

  it('keeps bare references to declared names and globals (they are code, if odd)', async () => {
    const source = 'const Scene = () => <div />;\nScene;\nconsole;\nexport default Scene;';
    const run = await runModuleStep(stripStreamArtifacts, source);
    expect(run.code).toBe(await canonical(source));
    expect(run.fixes).toEqual([]);
  });
});
