import { exactDuplicateGroups, hash32, tokenize } from '@dataset/dedup';
import type { SplitName } from '@dataset/domain';
import type { Finding } from './finding';

export interface Leak {
  /** The held-out template. */
  a: string;
  /** The template it overlaps. */
  b: string;
  splitA: SplitName;
  splitB: SplitName;
  /** Share of the held-out code's distinctive windows found in `b` (1 for an exact copy). */
  similarity: number;
  kind: 'exact' | 'near';
}

export interface DecontaminationOptions {
  /** Tokens per window: longer than dedup's shingles, so shared idioms do not match. */
  windowTokens: number;
  /** A held-out scene is a leak when this share of its distinctive windows occurs in one training scene. */
  containment: number;
  /** Windows found in more than this share of the training scenes are boilerplate, not evidence. */
  boilerplateShare: number;
  /** Below this many distinctive (sampled) windows a scene says too little to compare. */
  minWindows: number;
  /**
   * One window in `sample` is kept, chosen by its hash, so every scene keeps the same windows and the
   * containment estimate stays unbiased while the index of 10,000 training scenes holds a few million
   * entries rather than tens of millions.
   */
  sample: number;
}

export const DECONTAMINATION_DEFAULTS: DecontaminationOptions = { windowTokens: 13, containment: 0.8, boilerplateShare: 0.05, minWindows: 8, sample: 8 };

function windows(text: string, options: DecontaminationOptions): Set<number> {
  const tokens = tokenize(text);
  const hashes = new Set<number>();
  for (let start = 0; start + options.windowTokens <= tokens.length; start += 1) {
    const hash = hash32(tokens.slice(start, start + options.windowTokens).join('\u0001'), 13);
    if (hash % options.sample === 0) hashes.add(hash);
  }
  return hashes;
}

/**
 * Evaluation is honest only if held-out code was not seen in training. This is its own comparison, not a
 * reading of the near-duplicate pairs the split groups were built from (those are in one split by
 * construction, so a check over them could never fire): how much of each validation or test scene's
 * distinctive code — a hash-sampled eighth of its 13-token windows, boilerplate shared by many training
 * scenes left out — occurs in a single training scene. Containment, unlike Jaccard, also catches a
 * held-out scene that is an excerpt of a longer training scene. Exact copies across any two splits are
 * leaks too. An error when training is involved, a warning between validation and test.
 */
export function checkDecontamination(
  texts: readonly { id: string; text: string }[],
  splitOf: ReadonlyMap<string, SplitName>,
  options: DecontaminationOptions = DECONTAMINATION_DEFAULTS,
): { findings: Finding[]; leaks: Leak[] } {
  const placed = texts.filter((t) => splitOf.has(t.id));
  const leaks: Leak[] = [];
  for (const group of exactDuplicateGroups(placed)) {
    for (const a of group) {
      for (const b of group) {
        if (a < b && splitOf.get(a) !== splitOf.get(b)) leaks.push(orient({ a, b, splitA: splitOf.get(a)!, splitB: splitOf.get(b)!, similarity: 1, kind: 'exact' }));
      }
    }
  }
  const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const exactPairs = new Set(leaks.map((l) => pairKey(l.a, l.b)));
  const train = placed.filter((t) => splitOf.get(t.id) === 'train');
  const heldOut = placed.filter((t) => splitOf.get(t.id) !== 'train');
  // Inverted index of training windows, with document frequencies to drop boilerplate.
  const postings = new Map<number, number[]>();
  train.forEach((t, index) => {
    for (const window of windows(t.text, options)) {
      const list = postings.get(window);
      if (list) list.push(index);
      else postings.set(window, [index]);
    }
  });
  const boilerplate = Math.max(2, Math.floor(train.length * options.boilerplateShare));
  for (const held of heldOut) {
    const distinctive = [...windows(held.text, options)].filter((w) => (postings.get(w)?.length ?? 0) <= boilerplate);
    if (distinctive.length < options.minWindows) continue;
    const shared = new Map<number, number>();
    for (const window of distinctive) for (const index of postings.get(window) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    let best: { index: number; count: number } | undefined;
    for (const [index, count] of shared) if (!best || count > best.count || (count === best.count && train[index]!.id < train[best.index]!.id)) best = { index, count };
    if (!best) continue;
    const similarity = best.count / distinctive.length;
    const seen = train[best.index]!.id;
    if (similarity < options.containment || exactPairs.has(pairKey(held.id, seen))) continue;
    leaks.push({ a: held.id, b: seen, splitA: splitOf.get(held.id)!, splitB: 'train', similarity, kind: 'near' });
  }
  leaks.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  const findings: Finding[] = leaks.map((leak) => ({
    rule: leak.kind === 'exact' ? 'DECONTAMINATION_EXACT_LEAK' : 'DECONTAMINATION_NEAR_LEAK',
    level: leak.splitA === 'train' || leak.splitB === 'train' ? 'error' : 'warning',
    templateId: leak.a,
    message:
      leak.kind === 'exact'
        ? `template ${leak.a} (${leak.splitA}) is an exact duplicate of ${leak.b} (${leak.splitB})`
        : `template ${leak.a} (${leak.splitA}): ${Math.round(leak.similarity * 100)}% of its distinctive code occurs in ${leak.b} (${leak.splitB})`,
  }));
  return { findings, leaks };
}

/** The held-out side first: the finding is about the example that should not be there. */
function orient(leak: Leak): Leak {
  return leak.splitA === 'train' ? { ...leak, a: leak.b, b: leak.a, splitA: leak.splitB, splitB: leak.splitA } : leak;
}
