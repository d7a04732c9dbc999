import { partitionKey, type PartitionStore } from './store';

export interface PartitionRun<O> {
  outputs: O[];
  rebuilt: number;
  reused: number;
}

export interface PartitionSpec<I, O> {
  /** Digest of the stage's code and dependencies: a code change invalidates every record. */
  version: string;
  store: PartitionStore;
  /** What of an item its result depends on (the item itself, usually). */
  keyOf(item: I): unknown;
  /** Computes the results of the items not found in the store, in order (may fan out to workers). */
  compute(items: I[]): Promise<O[]>;
  encode(output: O): string;
  decode(text: string): O;
}

/** Reuses each item's recorded result when its key is unchanged and computes only the rest; order is kept. */
export async function materializePartitions<I, O>(items: readonly I[], spec: PartitionSpec<I, O>): Promise<PartitionRun<O>> {
  const keys = items.map((item) => partitionKey(spec.version, spec.keyOf(item)));
  const outputs: (O | undefined)[] = keys.map((key) => {
    const hit = spec.store.get(key);
    return hit === undefined ? undefined : spec.decode(hit);
  });
  const missing = outputs.flatMap((output, index) => (output === undefined ? [index] : []));
  const computed = await spec.compute(missing.map((index) => items[index]!));
  if (computed.length !== missing.length) throw new Error(`compute returned ${computed.length} results for ${missing.length} items`);
  missing.forEach((index, i) => {
    outputs[index] = computed[i]!;
    spec.store.put(keys[index]!, spec.encode(computed[i]!));
  });
  return { outputs: outputs as O[], rebuilt: missing.length, reused: items.length - missing.length };
}

export function formatPartitionWork(run: { rebuilt: number; reused: number }): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `${n(run.rebuilt)} rebuilt, ${n(run.reused)} reused`;
}

/** One pure computation's JSON result, remembered in `store` under its code version and input. */
export function remembered<T>(store: PartitionStore, version: string, input: unknown, compute: () => T): T {
  const key = partitionKey(version, input);
  const hit = store.get(key);
  if (hit !== undefined) return JSON.parse(hit) as T;
  const value = compute();
  store.put(key, JSON.stringify(value));
  return value;
}

export async function rememberedAsync<T>(store: PartitionStore, version: string, input: unknown, compute: () => Promise<T>): Promise<T> {
  const key = partitionKey(version, input);
  const hit = store.get(key);
  if (hit !== undefined) return JSON.parse(hit) as T;
  const value = await compute();
  store.put(key, JSON.stringify(value));
  return value;
}
