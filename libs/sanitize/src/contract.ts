/**
 * The runtime contract: everything a scene module may use without declaring it, beyond the browser itself.
 * The production runtime (Preview/Export) sets these globals before it evaluates a scene; the render stage
 * provides stand-ins for exactly these; the sanitizer rewrites imports onto them and rejects anything else.
 * It is data on purpose — one declared place, read by every stage.
 */

export type RuntimeGlobalKind =
  /** An object of named APIs, destructured or accessed as `window.<name>.<member>`. */
  | 'namespace'
  /** A React component, rendered as `<IconifyIcon … />` or `<window.IconifyIcon … />`. */
  | 'component'
  /** A plain lookup table. */
  | 'record'
  /** An object with a `loadFont(family, options?)` function. */
  | 'font-loader';

export interface RuntimeGlobal {
  /** Property of `window` the runtime sets; as a window property it is also reachable as a bare name. */
  readonly name: string;
  readonly kind: RuntimeGlobalKind;
  /** What a render-time stand-in must offer for scenes that use it. */
  readonly provides: string;
}

/** How an `import` from a module the runtime provides is rewritten onto a global. */
export type ImportBinding =
  /** Named imports join the one `const { … } = window.<global>;` destructure at the top of the module. */
  | { readonly specifier: string; readonly global: string; readonly style: 'destructure' }
  /** The default/namespace import is the global itself; a named import `x` becomes `<global>.x`. */
  | { readonly specifier: string; readonly global: string; readonly style: 'namespace' };

export interface RuntimeContract {
  /** The global whose members the consolidated destructure at the top of every scene takes. */
  readonly sceneApi: { readonly global: string; readonly names: readonly string[] };
  readonly globals: readonly RuntimeGlobal[];
  readonly imports: readonly ImportBinding[];
}

/**
 * The `remotion` exports a scene may destructure from `window.Remotion` (the runtime assigns the whole
 * `remotion` module there). Checked against the installed package by contract.test.ts; every export of the
 * package is either here or in REMOTION_EXPORTS_NOT_FOR_SCENES.
 */
export const REMOTION_SCENE_NAMES = [
  'AbsoluteFill',
  'AnimatedImage',
  'Audio',
  'CanvasImage',
  'Easing',
  'Freeze',
  'Html5Audio',
  'Html5Video',
  'IFrame',
  'Img',
  'Loop',
  'OffthreadVideo',
  'Sequence',
  'Series',
  'Solid',
  'Video',
  'cancelRender',
  'continueRender',
  'delayRender',
  'getInputProps',
  'getRemotionEnvironment',
  'getStaticFiles',
  'interpolate',
  'interpolateColors',
  'measureSpring',
  'prefetch',
  'random',
  'spring',
  'staticFile',
  'useBufferState',
  'useCurrentFrame',
  'useCurrentScale',
  'useDelayRender',
  'usePixelDensity',
  'useRemotionEnvironment',
  'useVideoConfig',
] as const;

/**
 * `remotion` exports that exist but have no meaning inside one scene: project/root registration, studio
 * configuration, internals and schema helpers. A scene naming one of them is rejected (UNKNOWN_RUNTIME_NAME)
 * rather than trained on.
 */
export const REMOTION_EXPORTS_NOT_FOR_SCENES = [
  'Artifact',
  'Composition',
  'Config',
  'Experimental',
  'Folder',
  'FolderContext',
  'HTML_IN_CANVAS_UNSUPPORTED_MESSAGE',
  'HtmlInCanvas',
  'Interactive',
  'Internals',
  'MediaPlaybackError',
  'Still',
  'VERSION',
  'absoluteFillSchema',
  'assertValidInterpolateEasingOption',
  'assertValidInterpolatePosterizeOption',
  'createEffect',
  'isHtmlInCanvasSupported',
  'registerRoot',
  'watchStaticFile',
] as const;

/**
 * React is a global (`window.React`), so JSX compiles with the classic `React.createElement` factory and
 * hooks are written `React.useState(…)`. Bare hook names are not globals: production never defined them, so
 * a bare `useState` without a declaration is UNDEFINED_IDENTIFIER, and `import { useState } from 'react'`
 * is rewritten to `React.useState`.
 *
 * No `@remotion/*` package is importable: the runtime injects `remotion` core only, and fonts come through
 * `window.RemotionGoogleFonts.loadFont('Inter')` rather than `@remotion/google-fonts/Inter` modules, so such
 * imports are UNKNOWN_IMPORT. Providing one later is one `imports` entry plus its global here.
 */
export const RUNTIME_CONTRACT: RuntimeContract = {
  sceneApi: { global: 'Remotion', names: REMOTION_SCENE_NAMES },
  globals: [
    {
      name: 'Remotion',
      kind: 'namespace',
      provides: 'the `remotion` package (components, hooks, interpolate, spring, Easing, …)',
    },
    { name: 'React', kind: 'namespace', provides: 'the `react` package (createElement, Fragment, hooks)' },
    {
      name: 'IconifyIcon',
      kind: 'component',
      provides: 'an Iconify icon component: <IconifyIcon icon="mdi:home" style={…} />',
    },
    {
      name: 'BazaarAvatars',
      kind: 'record',
      provides: 'avatar image URLs by name, e.g. window.BazaarAvatars["asian-woman"]',
    },
    {
      name: 'RemotionGoogleFonts',
      kind: 'font-loader',
      provides: 'loadFont(family, { weights?, subsets? }) → { fontFamily }, loading a Google font by name',
    },
  ],
  imports: [
    { specifier: 'remotion', global: 'Remotion', style: 'destructure' },
    { specifier: 'react', global: 'React', style: 'namespace' },
  ],
};

/** Lookups derived from a contract, built once per sanitizer. */
export interface ContractIndex {
  readonly sceneApiGlobal: string;
  readonly sceneApiNames: ReadonlySet<string>;
  readonly globalNames: ReadonlySet<string>;
  readonly importBySpecifier: ReadonlyMap<string, ImportBinding>;
}

export function indexContract(contract: RuntimeContract): ContractIndex {
  return {
    sceneApiGlobal: contract.sceneApi.global,
    sceneApiNames: new Set(contract.sceneApi.names),
    globalNames: new Set(contract.globals.map((global) => global.name)),
    importBySpecifier: new Map(contract.imports.map((binding) => [binding.specifier, binding])),
  };
}
