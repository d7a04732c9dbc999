import { createHash } from 'node:crypto';
import { estimateJaccard, MinHasher } from './minhash';
import { encodedJaccard, ShingleDictionary, shingleSet } from './shingles';

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
 * A band's rows as a string key, two UTF-16 code units per 32-bit word: injective, so the buckets are
 * exactly those of the rows themselves, at a fraction of the cost of joining decimal digits.
 */
function bandKey(signature: Uint32Array, from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i += 1) key += String.fromCharCode(signature[i]! >>> 16, signature[i]! & 0xffff);
  return key;
}

/**
 * Candidate pairs from LSH banding: two items are candidates when all rows of at least one band of
 * their MinHash signatures agree. With `fresh`, only pairs with at least one fresh member. Returned as
 * sorted index pairs [i, j] with i < j.
 */
function lshCandidates(signatures: readonly Uint32Array[], bands: number, fresh?: ReadonlySet<number>): [number, number][] {
  const rows = signatures[0] ? signatures[0].length / bands : 0;
  const pairKeys = new Set<number>();
  const count = signatures.length;
  for (let band = 0; band < bands; band += 1) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      const key = bandKey(signature, band * rows, (band + 1) * rows);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x += 1) {
        for (let y = x + 1; y < bucket.length; y += 1) {
          if (!fresh || fresh.has(bucket[x]!) || fresh.has(bucket[y]!)) pairKeys.add(bucket[x]! * count + bucket[y]!);
        }
      }
    }
  }
  return [...pairKeys].sort((p, q) => p - q).map((key) => [Math.floor(key / count), key % count]);
}

const hashers = new Map<string, MinHasher>();

/** An item's MinHash signature under these options: what a caller may compute once and remember per text. */
export function minHashSignature(text: string, options: NearDuplicateOptions = {}): Uint32Array {
  const { shingleSize, numHashes, seed } = resolveOptions(options);
  const id = `${numHashes}:${seed}`;
  let hasher = hashers.get(id);
  if (!hasher) hashers.set(id, (hasher = new MinHasher(numHashes, seed)));
  return hasher.signature(shingleSet(text, shingleSize));
}

/**
 * How far below the threshold a candidate's estimated similarity may fall and still be verified: five
 * standard deviations of the MinHash estimate at the threshold. Families of similar templates put most of
 * their pairs into shared LSH buckets, and verifying each exactly grew with the square of the family's size.
 */
function estimateMargin(threshold: number, numHashes: number): number {
  return 5 * Math.sqrt((threshold * (1 - threshold)) / numHashes);
}

/**
 * Pairs whose shingle sets have Jaccard ≥ threshold. MinHash/LSH only proposes candidates; every
 * reported pair is verified on the exact sets, so LSH can cost recall (rarely) but never precision.
 * `signatures` (one per item, from `minHashSignature` with the same options) may come from a memo. With
 * `fresh` (item indexes), only the pairs with at least one fresh member.
 */
export function nearDuplicatePairs(
  items: readonly DedupItem[],
  options: NearDuplicateOptions = {},
  signatures?: readonly Uint32Array[],
  fresh?: ReadonlySet<number>,
): NearDuplicatePair[] {
  assertUniqueIds(items);
  const resolved = resolveOptions(options);
  const { threshold, shingleSize, bands } = resolved;
  if (signatures && signatures.length !== items.length) throw new RangeError(`${signatures.length} signatures for ${items.length} items`);
  const signed = signatures ?? items.map((item) => minHashSignature(item.text, resolved));
  const floor = threshold - estimateMargin(threshold, resolved.numHashes);
  // Shingle sets only for items some candidate pair needs.
  const dictionary = new ShingleDictionary(shingleSize);
  const shingles = new Map<number, Uint32Array>();
  const shinglesOf = (index: number) => {
    let set = shingles.get(index);
    if (!set) shingles.set(index, (set = dictionary.encode(items[index]!.text)));
    return set;
  };
  const pairs: NearDuplicatePair[] = [];
  for (const [i, j] of lshCandidates(signed, bands, fresh)) {
    if (estimateJaccard(signed[i]!, signed[j]!) < floor) continue;
    const similarity = encodedJaccard(shinglesOf(i), shinglesOf(j));
    if (similarity < threshold) continue;
    const [a, b] = [items[i]!.id, items[j]!.id].sort(byCodeUnits) as [string, string];
    pairs.push({ a, b, similarity });
  }
  return pairs.sort((p, q) => byCodeUnits(p.a, q.a) || byCodeUnits(p.b, q.b));
}

/** What one run found: each item's text digest and the near-duplicate pairs among the items. */
export interface NearDuplicateState {
  texts: Record<string, string>;
  pairs: NearDuplicatePair[];
}

/**
 * `nearDuplicatePairs`, reusing an earlier run over (mostly) the same items. Whether two items are a pair
 * depends only on their two texts — LSH candidacy, the estimate and the exact Jaccard are all pairwise — so
 * the pairs among items whose text is unchanged are the earlier run's, and only pairs with a new or changed
 * member are looked for: the same pairs as a run from scratch. `previous` must come from the same options.
 */
export function updateNearDuplicatePairs(
  items: readonly DedupItem[],
  options: NearDuplicateOptions,
  signatures: readonly Uint32Array[],
  previous: NearDuplicateState | undefined,
): { pairs: NearDuplicatePair[]; state: NearDuplicateState; fresh: number } {
  assertUniqueIds(items);
  const digests = new Map(items.map((item) => [item.id, textDigest(item.text)]));
  // Ids are data: looked up as own keys, never through Object.prototype.
  const unchanged = (id: string) => digests.has(id) && previous !== undefined && Object.hasOwn(previous.texts, id) && previous.texts[id] === digests.get(id);
  const fresh = new Set(items.flatMap((item, index) => (unchanged(item.id) ? [] : [index])));
  const kept = (previous?.pairs ?? []).filter((p) => unchanged(p.a) && unchanged(p.b));
  const found = fresh.size === 0 ? [] : nearDuplicatePairs(items, options, signatures, fresh);
  const pairs = [...kept, ...found].sort((p, q) => byCodeUnits(p.a, q.a) || byCodeUnits(p.b, q.b));
  return { pairs, state: { texts: Object.fromEntries(digests), pairs }, fresh: fresh.size };
}

function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** Connected components of the near-duplicate relation (union-find), groups of two or more. */
export function nearDuplicateGroups(items: readonly DedupItem[], options: NearDuplicateOptions = {}): string[][] {
  return groupsFromPairs(
    items.map(({ id }) => id),
    nearDuplicatePairs(items, options),
  );
}

/** Connected components of the relation `pairs` over `ids` (union-find), groups of two or more. */
export function groupsFromPairs(ids: readonly string[], pairs: readonly { a: string; b: string }[]): string[][] {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let node = id;
    while (parent.get(node) !== node) node = parent.get(node)!;
    parent.set(id, node);
    return node;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a) || !parent.has(b)) throw new Error(`pair ${a}–${b} names an id outside the items`);
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const components = new Map<string, string[]>();
  for (const id of ids) {
    const key = root(id);
    const members = components.get(key);
    if (members) members.push(id);
    else components.set(key, [id]);
  }
  return sortGroups(components.values());
}
