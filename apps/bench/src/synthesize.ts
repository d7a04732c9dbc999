import { createHash } from 'node:crypto';
import type { CanonicalTemplate } from '@dataset/domain';

/** A deterministic stream of numbers in [0, 1) from a string seed (sha256 in counter mode). */
export function seededRandom(seed: string): () => number {
  let counter = 0;
  let pool: number[] = [];
  return () => {
    if (pool.length === 0) {
      const digest = createHash('sha256').update(`${seed}:${counter++}`).digest();
      pool = Array.from({ length: 8 }, (_, i) => digest.readUInt32BE(i * 4) / 2 ** 32);
    }
    return pool.pop()!;
  };
}

export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const ADJECTIVES = ['Bold', 'Calm', 'Bright', 'Crisp', 'Soft', 'Vivid', 'Clean', 'Warm', 'Cool', 'Sleek', 'Lively', 'Quiet'];
const NOUNS = ['Launch', 'Pulse', 'Wave', 'Orbit', 'Frame', 'Story', 'Signal', 'Bloom', 'Shift', 'Spark', 'Drift', 'Beacon'];

/**
 * A variant of a demo scene: colours, numbers, strings and names changed; sometimes an extra layer. When the
 * variant's metadata gives another duration, the code's `durationInFrames` follows it wherever the base's code
 * agreed with its metadata, so the corpus keeps the demo's share of code/metadata disagreements, no more.
 */
export function varyCode(code: string, index: number, duration?: { base: number; variant: number }): string {
  const random = seededRandom(`code:${index}`);
  const hex = () => Math.floor(random() * 0xffffff).toString(16).padStart(6, '0');
  const suffix = `${ADJECTIVES[index % ADJECTIVES.length]}${NOUNS[Math.floor(index / ADJECTIVES.length) % NOUNS.length]}${index}`;
  let varied = code
    .replace(/#[0-9a-fA-F]{6}\b/g, () => `#${hex()}`)
    // Tweak small decimal literals used for layout (0.04 → 0.043), never integers (frame numbers, indices).
    .replace(/\b0\.(\d{2,3})\b/g, (_m, digits: string) => `0.${String(Math.max(1, Number(digits) + Math.floor(random() * 7) - 3)).padStart(digits.length, '0')}`)
    .replace(/export default function (\w+)/, (_m, name: string) => `export default function ${name}${suffix}`)
    .replace(/'([A-Z][a-z]+(?: [a-z]+){1,4})'/g, (_m, text: string) => `'${text} ${NOUNS[Math.floor(random() * NOUNS.length)]!.toLowerCase()}'`);
  if (duration) {
    // Demo rows name it `durationInFrames_<suffix>` before the sanitizer renames it to the export.
    varied = varied.replace(/(\bconst durationInFrames\w* = )(\d+)\b/, (m, head: string, frames: string) => (Number(frames) === duration.base ? `${head}${duration.variant}` : m));
  }
  if (index % 3 === 0) {
    // Structural variety: an extra helper and constant block, as real templates accrete them.
    varied += `\nconst palette${suffix} = [${Array.from({ length: 6 }, () => `'#${hex()}'`).join(', ')}];\n` +
      `function pick${suffix}(i) {\n  return palette${suffix}[i % palette${suffix}.length];\n}\n`;
  }
  return varied;
}

export function varyTemplate(base: CanonicalTemplate, index: number, dbId: string): CanonicalTemplate {
  const random = seededRandom(`meta:${index}`);
  const adjective = ADJECTIVES[Math.floor(random() * ADJECTIVES.length)]!;
  return {
    ...base,
    id: `${base.id}-${index}`,
    name: `${base.name} ${adjective} ${index}`,
    source: { type: 'db', dbId },
    duration: Math.max(30, base.duration + Math.floor(random() * 5) * 15 - 30),
    descriptions: base.descriptions.map((d, i) => (i === 0 ? `${d} ${adjective} variant ${index}.` : d)),
    // The index keeps briefs apart: two variants sharing a brief would teach two answers to one question.
    userPhrases: base.userPhrases.map((p) => `${p} (${adjective.toLowerCase()} take no. ${index})`),
    similarTo: [],
  };
}

/**
 * Production scene modules are larger than the demo's (average ≈ 9.3 KB, median ≈ 7.8 KB, largest ≈ 24 KB,
 * against the demo's ≈ 3.2 KB): a module size drawn from a log-normal with that median and mean, clipped to
 * the largest seen.
 */
export function productionModuleBytes(index: number): number {
  const random = seededRandom(`size:${index}`);
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const sigma = Math.sqrt(2 * Math.log(9_300 / 7_800));
  return Math.round(Math.min(24_000, Math.max(2_000, 7_800 * Math.exp(sigma * normal))));
}

/**
 * Grows a module the way production modules are large: longer data tables and more JSX panels (more scenes
 * per module), each block different, until it is as near `bytes` as a block allows. Blocks are plain module-level code with no
 * Remotion import of their own.
 */
export function growModule(code: string, index: number, bytes: number): string {
  const random = seededRandom(`grow:${index}`);
  const int = (n: number) => Math.floor(random() * n);
  const hex = () => int(0xffffff).toString(16).padStart(6, '0');
  const word = () => [...ADJECTIVES, ...NOUNS][int(ADJECTIVES.length + NOUNS.length)]!;
  const blocks: string[] = [];
  let size = Buffer.byteLength(code);
  // A module without a default export (a presets module) gets no component: one would make it a scene.
  const tablesOnly = !/\bexport default\b/.test(code);
  for (let k = 0; size < bytes; k++) {
    const block =
      k % 2 === 0 || tablesOnly
        ? `\nconst table${index}x${k} = [\n${Array.from({ length: 6 + int(18) }, (_, row) => `  { label: '${word()} ${word().toLowerCase()} ${row + 1}', value: ${int(100_000)}, delta: ${(random() * 20 - 10).toFixed(1)}, color: '#${hex()}' },`).join('\n')}\n];\n`
        : `\nfunction Panel${index}x${k}({ frame, items }) {\n` +
          `  const start = ${int(90)};\n` +
          `  const opacity = Math.min(1, Math.max(0, (frame - start) / ${10 + int(30)}));\n` +
          `  return (\n` +
          `    <div style={{ position: 'absolute', left: ${int(1200)}, top: ${int(700)}, width: ${320 + int(400)}, opacity, display: 'flex', flexDirection: 'column', gap: ${8 + int(16)} }}>\n` +
          `      <h2 style={{ fontSize: ${28 + int(30)}, color: '#${hex()}', margin: 0 }}>${word()} ${word().toLowerCase()} overview</h2>\n` +
          `      {items.map((item, i) => (\n` +
          `        <div key={i} style={{ display: 'flex', justifyContent: 'space-between', fontSize: ${16 + int(14)}, color: item.color, transform: \`translateY(\${(1 - opacity) * ${10 + int(30)}}px)\` }}>\n` +
          `          <span>{item.label}</span>\n` +
          `          <span>{item.value.toLocaleString('en-US')}</span>\n` +
          `        </div>\n` +
          `      ))}\n` +
          `      <p style={{ fontSize: ${14 + int(8)}, color: '#${hex()}' }}>${word()} results for the ${word().toLowerCase()} team, updated every week.</p>\n` +
          `    </div>\n` +
          `  );\n` +
          `}\n`;
    const blockBytes = Buffer.byteLength(block);
    // The last block is kept only when it brings the module closer to its size than leaving it out would.
    if (size + blockBytes - bytes > bytes - size) break;
    blocks.push(block);
    size += blockBytes;
  }
  return code.slice(0, insertionPoint(code)) + blocks.join('') + '\n' + code.slice(insertionPoint(code));
}

/**
 * Just after the module's imports (or its `window.Remotion` destructuring), else before its first export: the
 * demo's dirty rows (leading or trailing prose, fences, broken tags, on purpose) stay exactly as dirty around
 * it, so the sanitizer's repairs are the ones the demo tests.
 */
function insertionPoint(code: string): number {
  let end = -1;
  for (const match of code.matchAll(/^(?:import .*|const \{[^}]*\} = window\.Remotion;)[ \t]*$/gm)) end = match.index + match[0].length;
  if (end >= 0) return end + 1;
  const exported = code.search(/^export /m);
  return exported >= 0 ? exported : 0;
}
