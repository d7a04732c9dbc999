import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MinHasher,
  defaultBands,
  encodedJaccard,
  estimateJaccard,
  exactDuplicateGroups,
  jaccard,
  nearDuplicateGroups,
  nearDuplicatePairs,
  updateNearDuplicatePairs,
  minHashSignature,
  groupsFromPairs,
  shingleSet,
  ShingleDictionary,
  tokenize,
} from './index';

const counterScene = (accent: string, frames: number): string => `
const { AbsoluteFill, useCurrentFrame, interpolate, spring, useVideoConfig } = window.Remotion;
export const durationInFrames = ${frames};
export default function Counter() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const scale = spring({ frame, fps, config: { damping: 12 } });
  const value = Math.round(interpolate(frame, [0, 60], [0, 1250], { extrapolateRight: "clamp" }));
  return (
    <AbsoluteFill style={{ backgroundColor: "#0b1020", justifyContent: "center", alignItems: "center" }}>
      <div style={{ transform: \`scale(\${scale})\`, color: "${accent}", fontSize: 140, fontWeight: 800 }}>{value}</div>
      <div style={{ opacity: interpolate(frame, [30, 60], [0, 1]), color: "#ffffff", fontSize: 40 }}>active users</div>
    </AbsoluteFill>
  );
}`;

const gridScene = `
const { AbsoluteFill, Sequence, useCurrentFrame } = window.Remotion;
const tiles = ["Plan", "Build", "Ship", "Measure"];
export default function Grid() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 24, padding: 80 }}>
      {tiles.map((label, index) => (
        <Sequence key={label} from={index * 10}>
          <div style={{ borderRadius: 16, background: index % 2 ? "#ffd166" : "#06d6a0", opacity: Math.min(1, (frame - index * 10) / 15) }}>{label}</div>
        </Sequence>
      ))}
    </AbsoluteFill>
  );
}`;

describe('jaccard', () => {
  it('is 1.0 for identical texts', () => {
    const set = shingleSet(gridScene, 5);
    expect(jaccard(set, shingleSet(gridScene, 5))).toBe(1);
  });

  it('is 0 for texts without a shared shingle', () => {
    expect(jaccard(shingleSet('alpha beta gamma delta epsilon', 3), shingleSet('one two three four five', 3))).toBe(0);
  });

  it('counts shared shingles over the union', () => {
    // {a b, b c} vs {b c, c d}: 1 shared of 3
    expect(jaccard(shingleSet('a b c', 2), shingleSet('b c d', 2))).toBeCloseTo(1 / 3, 10);
  });
});

describe('encodedJaccard', () => {
  it('equals jaccard on the string sets, empty texts included', () => {
    const words = fc.constantFrom('a', 'b', 'c', 'd', '(', ')', '1');
    const text = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 4 }), (x, y, size) => {
        const dictionary = new ShingleDictionary(size);
        expect(encodedJaccard(dictionary.encode(x), dictionary.encode(y))).toBe(jaccard(shingleSet(x, size), shingleSet(y, size)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tokenize and shingleSet', () => {
  it('splits code into identifiers, numbers and punctuation', () => {
    expect(tokenize('const x=useFrame(12.5);')).toEqual(['const', 'x', '=', 'useFrame', '(', '12.5', ')', ';']);
  });

  it('keeps a text shorter than one window as one shingle', () => {
    expect(shingleSet('a b', 5).size).toBe(1);
    expect(shingleSet('', 5).size).toBe(0);
  });
});

describe('MinHasher', () => {
  it('estimates Jaccard close to the exact value', () => {
    const a = shingleSet(counterScene('#ff3366', 90), 3);
    const b = shingleSet(gridScene, 3);
    const c = shingleSet(counterScene('#33ccff', 120), 3);
    const hasher = new MinHasher(256, 7);
    expect(Math.abs(estimateJaccard(hasher.signature(a), hasher.signature(c)) - jaccard(a, c))).toBeLessThan(0.1);
    expect(Math.abs(estimateJaccard(hasher.signature(a), hasher.signature(b)) - jaccard(a, b))).toBeLessThan(0.1);
  });

  it('gives the same signature for the same seed and a different one for another seed', () => {
    const set = shingleSet(gridScene, 5);
    expect(new MinHasher(64, 3).signature(set)).toEqual(new MinHasher(64, 3).signature(set));
    expect(new MinHasher(64, 3).signature(set)).not.toEqual(new MinHasher(64, 4).signature(set));
  });
});

describe('exactDuplicateGroups', () => {
  it('groups identical texts, sorted inside and across groups', () => {
    const groups = exactDuplicateGroups([
      { id: 'z', text: 'same' },
      { id: 'b', text: 'other' },
      { id: 'a', text: 'same' },
      { id: 'c', text: 'other' },
      { id: 'd', text: 'alone' },
    ]);
    expect(groups).toEqual([
      ['a', 'z'],
      ['b', 'c'],
    ]);
  });

  it('rejects duplicate ids', () => {
    expect(() => exactDuplicateGroups([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(/duplicate item id "a"/);
  });
});

describe('updateNearDuplicatePairs', () => {
  // Texts of one family: a 60-word base with a few words changed, so many pairs sit near the threshold.
  const base = Array.from({ length: 60 }, (_, i) => `w${i}`);
  const text = fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 4 }).map((at) => base.map((w, i) => (at.includes(i) ? `x${i}` : w)).join(' '));
  const corpus = fc.uniqueArray(fc.record({ id: fc.constantFrom(...'abcdefghij'.split('')), text }), { selector: (item) => item.id, maxLength: 10 });
  const signed = (items: { id: string; text: string }[]) => items.map((item) => minHashSignature(item.text, { threshold: 0.8 }));

  it('equals a run from scratch after any change to the items', () => {
    fc.assert(
      fc.property(corpus, corpus, (before, after) => {
        const options = { threshold: 0.8 };
        const first = updateNearDuplicatePairs(before, options, signed(before), undefined);
        expect(first.pairs).toEqual(nearDuplicatePairs(before, options));
        const second = updateNearDuplicatePairs(after, options, signed(after), first.state);
        expect(second.pairs).toEqual(nearDuplicatePairs(after, options));
      }),
      { numRuns: 150 },
    );
  });

  it('looks only at the items whose text changed', () => {
    const items = [
      { id: 'a', text: counterScene('#ff3366', 90) },
      { id: 'b', text: counterScene('#33ccff', 90) },
      { id: 'c', text: gridScene },
    ];
    const first = updateNearDuplicatePairs(items, {}, signed(items), undefined);
    expect(first.fresh).toBe(3);
    const edited = [items[0]!, items[1]!, { id: 'c', text: `${gridScene}\nconst extra = 1;` }];
    const second = updateNearDuplicatePairs(edited, {}, signed(edited), first.state);
    expect(second.fresh).toBe(1);
    expect(second.pairs).toEqual(first.pairs);
  });
});

describe('nearDuplicateGroups', () => {
  it('groups a known near-duplicate pair at 0.85 and leaves a dissimilar scene alone', () => {
    const items = [
      { id: 'counter-pink', text: counterScene('#ff3366', 90) },
      { id: 'grid', text: gridScene },
      { id: 'counter-blue', text: counterScene('#33ccff', 90) },
    ];
    const [pair] = nearDuplicatePairs(items);
    expect(pair?.similarity).toBeGreaterThanOrEqual(0.85);
    expect(nearDuplicateGroups(items, { threshold: 0.85 })).toEqual([['counter-blue', 'counter-pink']]);
  });

  it('does not group a pair below the threshold', () => {
    const items = [
      { id: 'counter', text: counterScene('#ff3366', 90) },
      { id: 'grid', text: gridScene },
    ];
    const similarity = jaccard(shingleSet(items[0]!.text, 5), shingleSet(items[1]!.text, 5));
    expect(similarity).toBeLessThan(0.5);
    expect(nearDuplicateGroups(items, { threshold: 0.85 })).toEqual([]);
    expect(nearDuplicateGroups(items, { threshold: similarity })).toEqual([['counter', 'grid']]);
  });

  it('joins chains transitively into one group', () => {
    const base = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const edit = (...at: number[]): string => base.map((word, i) => (at.includes(i) ? 'changed' : word)).join(' ');
    // a~b and b~c share all but 6 of 104 shingles (0.88); a and c differ in 24 (0.78)
    const items = [
      { id: 'c', text: edit(50, 70) },
      { id: 'a', text: edit(10, 30) },
      { id: 'b', text: edit(30, 50) },
      { id: 'x', text: 'entirely different words here that share nothing' },
    ];
    const pairs = nearDuplicatePairs(items, { shingleSize: 3 }).map(({ a, b }) => `${a}-${b}`);
    expect(pairs).toEqual(['a-b', 'b-c']);
    expect(nearDuplicateGroups(items, { shingleSize: 3 })).toEqual([['a', 'b', 'c']]);
  });

  it('picks bands that make LSH candidates of every pair at the threshold', () => {
    expect(defaultBands(128, 0.85)).toBe(32);
    expect(defaultBands(128, 0.5)).toBeGreaterThan(32);
  });

  it('rejects bands that do not divide numHashes', () => {
    expect(() => nearDuplicateGroups([], { numHashes: 100, bands: 16 })).toThrow(RangeError);
  });

  const corpus = fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), text: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 14 }).map((w) => w.join(' ')) }),
    { maxLength: 12, selector: (item) => item.id },
  );

  it('only reports pairs whose exact Jaccard reaches the threshold', () => {
    fc.assert(
      fc.property(corpus, (items) => {
        for (const pair of nearDuplicatePairs(items, { shingleSize: 2, threshold: 0.85 })) {
          const text = (id: string): string => items.find((item) => item.id === id)!.text;
          expect(jaccard(shingleSet(text(pair.a), 2), shingleSet(text(pair.b), 2))).toBeGreaterThanOrEqual(0.85);
        }
      }),
    );
  });

  it('gives the same groups whatever the input order, and always groups exact duplicates', () => {
    fc.assert(
      fc.property(corpus, fc.nat(), (items, rotation) => {
        const k = items.length ? rotation % items.length : 0;
        const rotated = [...items.slice(k), ...items.slice(0, k)].reverse();
        const groups = nearDuplicateGroups(items, { shingleSize: 2 });
        expect(nearDuplicateGroups(rotated, { shingleSize: 2 })).toEqual(groups);
        for (const exact of exactDuplicateGroups(items)) {
          expect(groups.some((group) => exact.every((id) => group.includes(id)))).toBe(true);
        }
      }),
    );
  });
});

describe('near duplicates in families of similar texts', () => {
  // A base text and variants with a share of their tokens replaced: most pairs share LSH buckets, and only
  // some clear the threshold, which is where pre-filtering by the signature estimate could lose a true pair.
  const family = (size: number, seed: number) => {
    let state = seed;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const base = Array.from({ length: 400 }, (_, i) => `t${i % 97}_${Math.floor(next() * 50)}`);
    return Array.from({ length: size }, (_, v) => ({
      id: `v${String(v).padStart(3, '0')}`,
      text: base.map((token) => (next() < (v % 7) * 0.012 ? `x${Math.floor(next() * 1e6)}` : token)).join(' '),
    }));
  };
  const bruteForce = (items: { id: string; text: string }[], threshold: number) => {
    const sets = items.map((item) => shingleSet(item.text, 5));
    const out: string[] = [];
    for (let i = 0; i < items.length; i += 1) for (let j = i + 1; j < items.length; j += 1) if (jaccard(sets[i]!, sets[j]!) >= threshold) out.push(`${items[i]!.id}-${items[j]!.id}`);
    return out.sort();
  };

  it('finds exactly the pairs a brute-force comparison finds', () => {
    for (const seed of [1, 2, 3]) {
      const items = family(60, seed);
      const found = nearDuplicatePairs(items).map((p) => `${p.a}-${p.b}`);
      expect(found).toEqual(bruteForce(items, 0.85));
      expect(found.length).toBeGreaterThan(10);
      expect(found.length).toBeLessThan((60 * 59) / 2);
    }
  });

  it('gives the same pairs from remembered signatures as from computing them', () => {
    const items = family(30, 9);
    const signatures = items.map((item) => minHashSignature(item.text));
    expect(nearDuplicatePairs(items, {}, signatures)).toEqual(nearDuplicatePairs(items));
    expect(() => nearDuplicatePairs(items, {}, signatures.slice(1))).toThrow(/29 signatures for 30 items/);
  });

  it('groups ids by pairs and refuses a pair naming an unknown id', () => {
    expect(groupsFromPairs(['c', 'a', 'b', 'd'], [{ a: 'b', b: 'c' }])).toEqual([['b', 'c']]);
    expect(() => groupsFromPairs(['a'], [{ a: 'a', b: 'z' }])).toThrow(/outside the items/);
  });
});
