import { writeFileSync } from 'node:fs';
import { parseConfig } from '@dataset/config';
import { sha256, type SanitizedScene } from '@dataset/domain';
import { renderScenes } from './index';
const settings = { ...parseConfig(JSON.stringify({ metadata: 'm', systemPrompt: 's', seed: 1, tag: 't', releaseDir: 'r', render: { timeoutMs: 7000 } }), '/x.json').render };
const scene = (templateId: string, body: string, supportedFormats: SanitizedScene['supportedFormats'] = ['landscape']): SanitizedScene => {
  const code = `const { AbsoluteFill, useCurrentFrame, interpolate, delayRender, Img } = window.Remotion;\n\n${body}\n\nexport const durationInFrames = 90;\n`;
  return { templateId, sourceType: 'db', sourceId: templateId, provenance: 'db', duration: 90, supportedFormats, codeDurationInFrames: 90, code, codeSha256: sha256(code), fixes: [], warnings: [] };
};
const scenes = [
  scene('good', `export default function Good() {\n  const frame = useCurrentFrame();\n  return <AbsoluteFill style={{ backgroundColor: '#0f172a', color: 'white', fontSize: 120, justifyContent: 'center', alignItems: 'center' }}><IconifyIcon icon="mdi:home" width={200} /> Frame {frame}</AbsoluteFill>;\n}`, ['landscape', 'portrait', 'square']),
  scene('throws', `export default function Throws() {\n  const frame = useCurrentFrame();\n  if (frame === 0) throw new Error('boom at frame 0');\n  return <AbsoluteFill />;\n}`),
  scene('busy', `export default function Busy() {\n  for (;;) {}\n  return <AbsoluteFill />;\n}`),
  scene('never', `export default function Never() {\n  React.useState(() => delayRender('waiting forever'));\n  return <AbsoluteFill />;\n}`),
  scene('blank', `export default function Blank() {\n  return <AbsoluteFill style={{ backgroundColor: '#ff0000' }} />;\n}`),
  scene('remote', `export default function Remote() {\n  return <AbsoluteFill><Img src="https://images.example.com/team.jpg" /></AbsoluteFill>;\n}`),
  scene('dupdecl', `const a = 1;\nconst a = 2;\nexport default function D() {\n  return <AbsoluteFill>{a}</AbsoluteFill>;\n}`),
];
const t = performance.now();
const outcomes = await renderScenes(scenes, settings, { onScene: (o, d, n) => console.log(`[${d}/${n}]`, o.templateId, o.kind, o.kind === 'rejected' ? `${o.rejection.code}: ${o.rejection.message}` : o.thumbnails.length, o.seconds), onBundled: (n, s) => console.log('bundled', n, s) });
console.log('total', (performance.now() - t) / 1000);
for (const o of outcomes) if (o.kind === 'kept') for (const th of o.thumbnails) writeFileSync(`/tmp/proto2/${o.templateId}-${th.format}-${th.frame}.png`, Buffer.from(th.png, 'base64'));
