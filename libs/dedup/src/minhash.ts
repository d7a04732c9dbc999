/** Murmur3's finalizer: spreads every input bit over the whole 32-bit word. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seeded FNV-1a over UTF-16 code units, finalized with fmix32. */
export function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ fmix32(seed)) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h ^ text.length);
}

/**
 * `numHashes` seeded 32-bit hash functions, built from two base hashes per element
 * (Kirsch–Mitzenmacher: h_i = h1 + i·h2) so a signature costs two string hashes, not `numHashes`.
 */
export class MinHasher {
  private readonly salts: Uint32Array;
  private readonly seedA: number;
  private readonly seedB: number;

  constructor(
    readonly numHashes: number,
    seed: number,
  ) {
    if (!Number.isInteger(numHashes) || numHashes < 1) throw new RangeError(`numHashes must be a positive integer, got ${numHashes}`);
    this.seedA = fmix32(seed ^ 0x9e3779b9);
    this.seedB = fmix32(this.seedA + 0x7f4a7c15);
    this.salts = new Uint32Array(numHashes);
    for (let i = 0; i < numHashes; i += 1) this.salts[i] = fmix32(this.seedB + Math.imul(i + 1, 0x9e3779b9));
  }

  signature(shingles: Iterable<string>): Uint32Array {
    const minimums = new Uint32Array(this.numHashes).fill(0xffffffff);
    for (const shingle of shingles) {
      const h1 = hash32(shingle, this.seedA);
      const h2 = hash32(shingle, this.seedB) | 1;
      for (let i = 0; i < this.numHashes; i += 1) {
        const h = fmix32((h1 + Math.imul(i, h2)) ^ this.salts[i]!);
        if (h < minimums[i]!) minimums[i] = h;
      }
    }
    return minimums;
  }
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('signatures of different lengths cannot be compared');
  let equal = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / a.length;
}
