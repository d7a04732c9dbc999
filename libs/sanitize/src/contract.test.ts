import * as remotion from 'remotion';
import { describe, expect, it } from 'vitest';
import { REMOTION_EXPORTS_NOT_FOR_SCENES, REMOTION_SCENE_NAMES, RUNTIME_CONTRACT } from './contract';

const installedExports = Object.keys(remotion).filter((name) => name !== 'default').sort();

describe('RUNTIME_CONTRACT', () => {
  it('lists only window.Remotion names the installed remotion package exports', () => {
    const missing = REMOTION_SCENE_NAMES.filter((name) => !installedExports.includes(name));
    expect(missing).toEqual([]);
  });

  it('decides every export of the installed remotion package, so an upgrade cannot add one silently', () => {
    const decided = new Set<string>([...REMOTION_SCENE_NAMES, ...REMOTION_EXPORTS_NOT_FOR_SCENES]);
    expect(installedExports.filter((name) => !decided.has(name))).toEqual([]);
    expect(REMOTION_SCENE_NAMES.filter((name) => (REMOTION_EXPORTS_NOT_FOR_SCENES as readonly string[]).includes(name))).toEqual([]);
  });

  it('keeps its lists sorted and its globals unique, so it reads as data', () => {
    expect([...REMOTION_SCENE_NAMES]).toEqual([...REMOTION_SCENE_NAMES].sort());
    const names = RUNTIME_CONTRACT.globals.map((global) => global.name);
    expect(new Set(names).size).toBe(names.length);
    for (const binding of RUNTIME_CONTRACT.imports) expect(names).toContain(binding.global);
    expect(names).toContain(RUNTIME_CONTRACT.sceneApi.global);
  });
});
