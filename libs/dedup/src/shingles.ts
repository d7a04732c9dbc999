/**
 * Code tokens: identifiers, numbers, string-quote-free words and single punctuation characters.
 * Punctuation counts as tokens so that `a(b)` and `a b` do not look alike.
 */
const TOKEN = /[\p{L}_$][\p{L}\p{N}_$]*|\p{N}+(?:\.\p{N}+)?|\S/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The set of `size`-token windows of a text. A text shorter than one window is a single shingle,
 * so short texts still compare by content instead of all being empty (and equal).
 */
export function shingleSet(text: string, size: number): Set<string> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingleSize must be a positive integer, got ${size}`);
  const tokens = tokenize(text);
  const shingles = new Set<string>();
  if (tokens.length === 0) return shingles;
  if (tokens.length <= size) {
    shingles.add(tokens.join('\u0001'));
    return shingles;
  }
  for (let start = 0; start + size <= tokens.length; start += 1) {
    shingles.add(tokens.slice(start, start + size).join('\u0001'));
  }
  return shingles;
}

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B|; two empty sets are identical (1). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Shingle sets as sorted arrays of ids from one shared dictionary. Verifying near-duplicate candidates
 * compares the same sets as `jaccard`, but by merging two integer arrays: families of similar templates
 * yield hundreds of thousands of candidate pairs, and hashing every string of one set into the other was
 * most of the dedup stage's time and memory.
 */
export class ShingleDictionary {
  private readonly ids = new Map<string, number>();

  constructor(private readonly size: number) {}

  encode(text: string): Uint32Array {
    const set = shingleSet(text, this.size);
    const encoded = new Uint32Array(set.size);
    let index = 0;
    for (const shingle of set) {
      let id = this.ids.get(shingle);
      if (id === undefined) this.ids.set(shingle, (id = this.ids.size));
      encoded[index++] = id;
    }
    return encoded.sort();
  }
}

/** `jaccard` of two sets encoded by one `ShingleDictionary`. */
export function encodedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared / (a.length + b.length - shared);
}
