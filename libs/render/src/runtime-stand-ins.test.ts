import { describe, expect, it } from 'vitest';
import { RUNTIME_CONTRACT, type RuntimeContract } from '@dataset/sanitize';
import { runtimeModuleSource } from './runtime-stand-ins';

describe('runtimeModuleSource', () => {
  it('sets every global of the runtime contract on window, and nothing else', () => {
    const source = runtimeModuleSource(RUNTIME_CONTRACT);
    const assigned = [...source.matchAll(/^window\["([^"]+)"\] = /gm)].map((match) => match[1]);
    expect(assigned).toEqual(RUNTIME_CONTRACT.globals.map((global) => global.name));
  });

  it('provides namespaces from the packages the contract maps them to', () => {
    const source = runtimeModuleSource(RUNTIME_CONTRACT);
    expect(source).toContain("from 'remotion';");
    expect(source).toContain("from 'react';");
  });

  it('follows the contract: a new global gets its kind’s stand-in', () => {
    const contract: RuntimeContract = {
      ...RUNTIME_CONTRACT,
      globals: [...RUNTIME_CONTRACT.globals, { name: 'BrandLogos', kind: 'record', provides: 'logo URLs by brand' }],
    };
    expect(runtimeModuleSource(contract)).toMatch(/^window\["BrandLogos"\] = new Proxy/m);
  });

  it('refuses a namespace global no importable module provides', () => {
    const contract: RuntimeContract = {
      ...RUNTIME_CONTRACT,
      globals: [...RUNTIME_CONTRACT.globals, { name: 'Three', kind: 'namespace', provides: 'three.js' }],
    };
    expect(() => runtimeModuleSource(contract)).toThrow(/namespace global Three maps to no importable module/);
  });
});
