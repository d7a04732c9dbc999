export interface LengthStats {
  count: number;
  min: number;
  p50: number;
  p90: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles: cheap, exact on small sets, and a value that actually occurs. */
export function lengthStats(values: readonly number[]): LengthStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return { count: sorted.length, min: sorted[0]!, p50: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1]!, mean: Math.round(mean * 10) / 10 };
}
