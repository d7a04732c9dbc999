/**
 * Remembers pure per-item computations of the gates (token counts, code facts, secret scans) by kind and
 * input, e.g. across builds so a build after one template changed recounts one template's examples. Results
 * must be JSON. The default remembers nothing.
 */
export interface GateMemo {
  sync<T>(kind: string, input: unknown, compute: () => T): T;
  async<T>(kind: string, input: unknown, compute: () => Promise<T>): Promise<T>;
}

export const noMemo: GateMemo = {
  sync: (_kind, _input, compute) => compute(),
  async: (_kind, _input, compute) => compute(),
};
