import { describe, expect, it } from 'vitest';
import { sampleFrames } from './frames';

describe('sampleFrames', () => {
  it('takes the first, middle and last frame of the scene', () => {
    expect(sampleFrames(150, ['first', 'middle', 'last'])).toEqual([
      { frame: 0, roles: ['first'] },
      { frame: 75, roles: ['middle'] },
      { frame: 149, roles: ['last'] },
    ]);
  });

  it('renders a frame once when roles coincide in a short scene', () => {
    expect(sampleFrames(2, ['first', 'middle', 'last'])).toEqual([
      { frame: 0, roles: ['first'] },
      { frame: 1, roles: ['middle', 'last'] },
    ]);
    expect(sampleFrames(1, ['last', 'first'])).toEqual([{ frame: 0, roles: ['last', 'first'] }]);
  });

  it('samples only the configured roles, in frame order', () => {
    expect(sampleFrames(90, ['last', 'first'])).toEqual([
      { frame: 0, roles: ['first'] },
      { frame: 89, roles: ['last'] },
    ]);
  });

  it('refuses a duration that is not a positive integer', () => {
    expect(() => sampleFrames(0, ['first'])).toThrow(/positive integer/);
    expect(() => sampleFrames(12.5, ['first'])).toThrow(/positive integer/);
  });
});
