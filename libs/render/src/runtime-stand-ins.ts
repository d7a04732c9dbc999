import type { RuntimeContract, RuntimeGlobal, RuntimeGlobalKind } from '@dataset/sanitize';
import { PLACEHOLDER_IMAGE } from './placeholders';
import { VIDEO_FRAME_GUARD_SOURCE } from './video-frame-guard';

/**
 * The render-time runtime: a module, evaluated before any scene, that sets on `window` exactly the globals
 * the runtime contract declares. Namespaces are the real packages the contract maps them to (the `remotion`
 * and `react` the bundle resolves); everything production fetches over the network gets a local stand-in
 * that draws something of the right size, so a scene using it renders offline.
 */
const STAND_INS: Record<Exclude<RuntimeGlobalKind, 'namespace'>, string> = {
  // Component globals (Iconify's icon) fetch what they draw; a rounded square in their colour keeps the layout.
  component: `function ComponentStandIn(props) {
  const size = props.width ?? props.height ?? props.size ?? '1em';
  return React.createElement('span', {
    'data-icon': String(props.icon ?? ''),
    className: props.className,
    style: { display: 'inline-block', width: size, height: props.height ?? size, borderRadius: '25%', backgroundColor: props.color ?? 'currentColor', ...props.style },
  });
}`,
  // Any name resolves to a local image, so `window.BazaarAvatars[name]` never yields undefined.
  record: `new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? PLACEHOLDER_IMAGE : undefined) })`,
  // The family is applied as named; the browser falls back to a local font rather than fetching one.
  'font-loader': `{
  loadFont: (family) => ({ fontFamily: String(family), fonts: {}, unicodeRanges: {}, waitUntilDone: () => Promise.resolve() }),
}`,
};

function namespaceSpecifier(global: RuntimeGlobal, contract: RuntimeContract): string {
  const binding = contract.imports.find((candidate) => candidate.global === global.name);
  if (!binding) throw new Error(`runtime contract: namespace global ${global.name} maps to no importable module, so the renderer cannot provide it`);
  return binding.specifier;
}

/** Source of the runtime module (plain JS, so any bundler loader takes it). */
export function runtimeModuleSource(contract: RuntimeContract): string {
  const namespaces = contract.globals.filter((global) => global.kind === 'namespace');
  const imports = namespaces.map((global, i) => `import * as namespace${i} from '${namespaceSpecifier(global, contract)}';`);
  const react = namespaces.findIndex((global) => global.name === 'React');
  if (react < 0) throw new Error('runtime contract: the stand-ins render with React, but the contract declares no React global');
  const assignments = contract.globals.map((global) => {
    const value = global.kind === 'namespace' ? `namespace${namespaces.indexOf(global)}` : STAND_INS[global.kind];
    return `window[${JSON.stringify(global.name)}] = ${value};`;
  });
  return [
    ...imports,
    '',
    `const React = namespace${react};`,
    `const PLACEHOLDER_IMAGE = ${JSON.stringify(PLACEHOLDER_IMAGE)};`,
    '',
    ...assignments,
    '',
    VIDEO_FRAME_GUARD_SOURCE,
    '',
  ].join('\n');
}
