import { MinHasher } from './minhash';
import { jaccard, shingleSet } from './shingles';

export interface DedupItem {
  id: string;
  text: string;
}

export interface NearDuplicateOptions {
  /** Minimum exact Jaccard similarity of the shingle sets (default 0.85). */
  threshold?: number;
  /** Tokens per shingle (default 5). */
  shingleSize?: number;
  /** MinHash signature length (default 128). */
  numHashes?: number;
  /**
   * LSH bands; must divide numHashes. Default: the fewest bands (longest bands, fewest candidates)
   * that still miss a pair at exactly the threshold with probability ≤ 1e-4 (32 bands of 4 rows at 0.85 and 128 hashes).
   */
  bands?: number;
  seed?: number;
}

export interface NearDuplicatePair {
  a: string;
  b: string;
  /** Exact Jaccard similarity of the two shingle sets. */
  similarity: number;
}

export const NEAR_DUPLICATE_DEFAULTS = { threshold: 0.85, shingleSize: 5, numHashes: 128, seed: 1 } as const;

const MAX_MISS_PROBABILITY = 1e-4;

/**
 * A pair with similarity s shares a whole band with probability s^rows, so LSH misses it with
 * probability (1 − s^rows)^bands; take the longest rows that keep that small at the threshold.
 */
export function defaultBands(numHashes: number, threshold: number): number {
  let best = numHashes;
  for (let rows = 1; rows <= numHashes; rows += 1) {
    if (numHashes % rows !== 0) continue;
    const bands = numHashes / rows;
    if ((1 - threshold ** rows) ** bands <= MAX_MISS_PROBABILITY) best = bands;
  }
  return best;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function assertUniqueIds(items: readonly DedupItem[]): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new Error(`duplicate item id "${id}": dedup ids must be unique`);
    seen.add(id);
  }
}

/** Groups sorted inside and among themselves, so equal inputs give byte-identical output. */
function sortGroups(groups: Iterable<string[]>): string[][] {
  return [...groups]
    .filter((group) => group.length >= 2)
    .map((group) => [...group].sort(byCodeUnits))
    .sort((x, y) => byCodeUnits(x[0]!, y[0]!));
}

/** Ids of items with byte-identical text, in groups of two or more. */
export function exactDuplicateGroups(items: readonly DedupItem[]): string[][] {
  assertUniqueIds(items);
  const byText = new Map<string, string[]>();
  for (const { id, text } of items) {
    const group = byText.get(text);
    if (group) group.push(id);
    else byText.set(text, [id]);
  }
  return sortGroups(byText.values());
}

function resolveOptions(options: NearDuplicateOptions): Required<NearDuplicateOptions> {
  // `??` per field, so callers may pass `{ threshold: undefined }` straight from an optional config
  const threshold = options.threshold ?? NEAR_DUPLICATE_DEFAULTS.threshold;
  const shingleSize = options.shingleSize ?? NEAR_DUPLICATE_DEFAULTS.shingleSize;
  const numHashes = options.numHashes ?? NEAR_DUPLICATE_DEFAULTS.numHashes;
  const seed = options.seed ?? NEAR_DUPLICATE_DEFAULTS.seed;
  const bands = options.bands ?? defaultBands(numHashes, threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  if (!Number.isInteger(numHashes) || numHashes < 1) throw new RangeError(`numHashes must be a positive integer, got ${numHashes}`);
  if (!Number.isInteger(bands) || bands < 1 || numHashes % bands !== 0) {
    throw new RangeError(`bands (${bands}) must be a positive integer dividing numHashes (${numHashes})`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return { threshold, shingleSize, numHashes, bands, seed };
}

/**
 * Candidate pairs from LSH banding: two items are candidates when all rows of at least one band of
 * their MinHash signatures agree. Returned as sorted index pairs [i, j] with i < j.
 */
function lshCandidates(signatures: readonly Uint32Array[], bands: number): [number, number][] {
  const rows = signatures[0] ? signatures[0].length / bands : 0;
  const pairKeys = new Set<number>();
  const count = signatures.length;
  for (let band = 0; band < bands; band += 1) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      const key = Array.from(signature.subarray(band * rows, (band + 1) * rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x += 1) {
        for (let y = x + 1; y < bucket.length; y += 1) pairKeys.add(bucket[x]! * count + bucket[y]!);
      }
    }
  }
  return [...pairKeys].sort((p, q) => p - q).map((key) => [Math.floor(key / count), key % count]);
}

/**
 * Pairs whose shingle sets have Jaccard ≥ threshold. MinHash/LSH only proposes candidates; every
 * reported pair is verified on the exact sets, so LSH can cost recall (rarely) but never precision.
 */
export function nearDuplicatePairs(items: readonly DedupItem[], options: NearDuplicateOptions = {}): NearDuplicatePair[] {
  assertUniqueIds(items);
  const { threshold, shingleSize, numHashes, bands, seed } = resolveOptions(options);
  const shingles = items.map((item) => shingleSet(item.text, shingleSize));
  const hasher = new MinHasher(numHashes, seed);
  const signatures = shingles.map((set) => hasher.signature(set));
  const pairs: NearDuplicatePair[] = [];
  for (const [i, j] of lshCandidates(signatures, bands)) {
    const similarity = jaccard(shingles[i]!, shingles[j]!);
    if (similarity < threshold) continue;
    const [a, b] = [items[i]!.id, items[j]!.id].sort(byCodeUnits) as [string, string];
    pairs.push({ a, b, similarity });
  }
  return pairs.sort((p, q) => byCodeUnits(p.a, q.a) || byCodeUnits(p.b, q.b));
}

/** Connected components of the near-duplicate relation (union-find), groups of two or more. */
export function nearDuplicateGroups(items: readonly DedupItem[], options: NearDuplicateOptions = {}): string[][] {
  const parent = new Map<string, string>(items.map(({ id }) => [id, id]));
  const root = (id: string): string => {
    let node = id;
    while (parent.get(node) !== node) node = parent.get(node)!;
    parent.set(id, node);
    return node;
  };
  for (const { a, b } of nearDuplicatePairs(items, options)) {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const components = new Map<string, string[]>();
  for (const { id } of items) {
    const key = root(id);
    const members = components.get(key);
    if (members) members.push(id);
    else components.set(key, [id]);
  }
  return sortGroups(components.values());
}
