import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FPS, type VideoFormat } from '@dataset/domain';
import type { RuntimeContract } from '@dataset/sanitize';
import { runtimeModuleSource } from './runtime-stand-ins';

export interface EntryComposition {
  readonly id: string;
  readonly format: VideoFormat;
  readonly width: number;
  readonly height: number;
}

/** One scene of a bundle: its module file is `scenes/<file>.tsx`, one composition per supported format. */
export interface EntryScene {
  readonly file: string;
  readonly code: string;
  readonly compositions: readonly EntryComposition[];
}

/** Remotion accepts only letters, digits and `-` in composition ids. */
export function compositionId(index: number, format: VideoFormat): string {
  return `scene${index}-${format}`;
}

const SCENE_PRELUDE = `/** @jsxRuntime classic */\nimport '../runtime.js';\n`;
export const PRELUDE_LINES = SCENE_PRELUDE.split('\n').length - 1;

/**
 * Each scene stays the module production runs: the sanitized code after a prelude that makes the runtime
 * module (the contract's globals) evaluate first. Classic JSX, because the contract makes `React` a
 * global and production compiles `<div/>` to `React.createElement`. The prelude shifts the scene's lines
 * by PRELUDE_LINES in the bundler's messages.
 */
export function sceneModuleSource(code: string): string {
  return `${SCENE_PRELUDE}${code}`;
}

/**
 * The root registers every composition; a scene's module is loaded only when one of its compositions is
 * selected (`lazyComponent`, and `calculateMetadata` reading its `durationInFrames` export), so a scene
 * that throws while evaluating fails its own compositions and no other.
 */
function rootModuleSource(scenes: readonly EntryScene[]): string {
  const entries = scenes.map((scene) => {
    const compositions = scene.compositions.map((c) => `[${JSON.stringify(c.id)}, ${c.width}, ${c.height}]`).join(', ');
    return `  { load: () => import(${JSON.stringify(`./scenes/${scene.file}.tsx`)}), compositions: [${compositions}] },`;
  });
  return `import * as React from 'react';
import { Composition, registerRoot } from 'remotion';
import './runtime.js';

const scenes = [
${entries.join('\n')}
];

function metadataOf(load) {
  return async () => {
    const scene = await load();
    const durationInFrames = scene.durationInFrames;
    if (!Number.isInteger(durationInFrames) || durationInFrames < 1) {
      throw new Error('the scene exports durationInFrames = ' + String(durationInFrames) + ', not a positive integer');
    }
    return { durationInFrames };
  };
}

function Root() {
  return React.createElement(
    React.Fragment,
    null,
    scenes.flatMap((scene) =>
      scene.compositions.map(([id, width, height]) =>
        React.createElement(Composition, {
          key: id,
          id,
          lazyComponent: scene.load,
          width,
          height,
          fps: ${FPS},
          durationInFrames: 1,
          calculateMetadata: metadataOf(scene.load),
        }),
      ),
    ),
  );
}

registerRoot(Root);
`;
}

/** Writes the bundler's entry folder (`index.js`, `runtime.js`, `scenes/*.tsx`) and returns the entry point. */
export function writeBundleEntry(dir: string, scenes: readonly EntryScene[], contract: RuntimeContract): string {
  mkdirSync(join(dir, 'scenes'), { recursive: true });
  writeFileSync(join(dir, 'runtime.js'), runtimeModuleSource(contract));
  for (const scene of scenes) writeFileSync(join(dir, 'scenes', `${scene.file}.tsx`), sceneModuleSource(scene.code));
  const entryPoint = join(dir, 'index.js');
  writeFileSync(entryPoint, rootModuleSource(scenes));
  return entryPoint;
}
