import { describe, expect, it } from 'vitest';
import { uniquifierSuffixes } from './uniquifier-suffix';

const ids = (...names: string[]): Record<string, string> => Object.fromEntries(uniquifierSuffixes(names.map((name) => ({ name }))));

describe('uniquifier suffixes', () => {
  it('reads random 8-character tokens of either case as scene-compiler ids', () => {
    expect(ids('script_me44v5an', 'durationInFrames_8a7f2b3c', 'sequences_Q4X8Z2M7', 'reviews_3d9f1a7c', 'HeroTitle_kq82hx1z')).toEqual({
      script_me44v5an: 'script',
      durationInFrames_8a7f2b3c: 'durationInFrames',
      sequences_Q4X8Z2M7: 'sequences',
      reviews_3d9f1a7c: 'reviews',
      HeroTitle_kq82hx1z: 'HeroTitle',
    });
  });

  it('reads constant names, words with a number and mixed-case words as names', () => {
    const names = ['MAX_WIDTH', 'API_KEY_V2', 'COLOR_1', 'STEP_2', 'SECTION_HEADER2', 'LAYER_ABCD1234', 'RES_1920X1080', 'bg_ffffff', 'frame_12345678', 'heading_section2a', 'item_newValue12'];
    expect(ids(...names)).toEqual({});
  });

  it('takes a token shorter than 8 characters only beside an 8-character id or on a second name', () => {
    expect(ids('color_3b82f6')).toEqual({});
    expect(ids('Scene_ab12cd', 'script_me44v5an')).toEqual({ Scene_ab12cd: 'Scene', script_me44v5an: 'script' });
    expect(ids('Title_k3v9q2', 'Body_k3v9q2')).toEqual({ Title_k3v9q2: 'Title', Body_k3v9q2: 'Body' });
  });

  it('never reads a token the name’s own value spells as an id', () => {
    const names = [{ name: 'color_3b82f6', value: "'#3B82F6'" }, { name: 'script_me44v5an' }];
    expect(Object.fromEntries(uniquifierSuffixes(names))).toEqual({ script_me44v5an: 'script' });
  });
});
