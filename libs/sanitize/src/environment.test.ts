import { describe, expect, it } from 'vitest';
import { browserEnvironment, parseBrowserEnvironment, serializeBrowserEnvironment } from './environment';
import { createSanitizer } from './sanitizer';
import { rawTemplate } from './test-support';

const scene = `import { AbsoluteFill } from 'remotion';
export const durationInFrames = 60;
export default function Scene() {
  return <AbsoluteFill>{Math.round(2.4)}</AbsoluteFill>;
}
`;

describe('a kept browser environment', () => {
  it('reads back exactly the environment read from lib.d.ts', () => {
    const environment = browserEnvironment();
    expect(parseBrowserEnvironment(serializeBrowserEnvironment(environment))).toEqual(environment);
  });

  it('is refused when damaged, so the caller reads lib.d.ts again', () => {
    const text = serializeBrowserEnvironment(browserEnvironment());
    expect(parseBrowserEnvironment(text.slice(0, text.length / 2))).toBeUndefined();
    expect(parseBrowserEnvironment('{"globals":[],"windowProperties":[]}')).toBeUndefined();
    expect(parseBrowserEnvironment('null')).toBeUndefined();
  });

  it('is the one the sanitizer resolves free identifiers against', async () => {
    const full = browserEnvironment();
    const withoutMath = { globals: new Set([...full.globals].filter((name) => name !== 'Math')), windowProperties: full.windowProperties };
    expect((await createSanitizer({ environment: full }).sanitize(rawTemplate(scene))).kind).toBe('kept');
    const outcome = await createSanitizer({ environment: withoutMath }).sanitize(rawTemplate(scene));
    expect(outcome).toMatchObject({ kind: 'rejected', rejection: { code: 'UNDEFINED_IDENTIFIER' } });
  });
});
