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
