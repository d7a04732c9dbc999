import { z } from 'zod';
import { ChatMessage, SPLIT_NAMES, type SplitName } from '@dataset/domain';
import { RENDER_CODES, RENDER_SKIP_CODES, type RenderCode, type RenderSkipCode } from '../codes';
import type { ChatMeta } from '../combine/combine';
import type { RenderOutcome } from '../render/render';

/** One line of a combined split file: the chat example as it is trained on. */
export const ChatLine = z.strictObject({ messages: z.array(ChatMessage) });
export type ChatLine = z.infer<typeof ChatLine>;

/** One line of a combined `<split>.meta.jsonl`, beside the chat line of the same index. */
export const ChatMetaLine = z.strictObject({
  exampleId: z.string(),
  source: z.string(),
  group: z.string(),
  lines: z.number().int(),
  tokens: z.number().int(),
  codeSha256: z.string(),
}) satisfies z.ZodType<ChatMeta>;

const renderCode = z.enum(Object.keys(RENDER_CODES) as [RenderCode, ...RenderCode[]]);
const skipCode = z.enum(Object.keys(RENDER_SKIP_CODES) as [RenderSkipCode, ...RenderSkipCode[]]);

/** One line of render/outcomes.jsonl: a RenderOutcome as written (without whether it came from the memo). */
export const RenderVerdict = z.discriminatedUnion('status', [
  z.strictObject({ exampleId: z.string(), key: z.string(), status: z.literal('rendered') }),
  z.strictObject({ exampleId: z.string(), key: z.string(), status: z.literal('rejected'), code: renderCode, error: z.string(), scene: z.string().optional() }),
  z.strictObject({ exampleId: z.string(), key: z.string(), status: z.literal('skipped'), code: skipCode, error: z.string() }),
]);
export type RenderVerdict = z.infer<typeof RenderVerdict>;
// The written form must stay the render stage's own outcome, less `fromCache`.
type Written = RenderOutcome extends infer O ? (O extends unknown ? Omit<O, 'fromCache'> : never) : never;
const _sameShape: Written extends RenderVerdict ? true : never = true;
void _sameShape;

export interface SplitFile {
  lines: ChatLine[];
  meta: ChatMeta[];
}

/** A scene taken out of the dataset because Manim could not render it. */
export interface RemovedScene {
  exampleId: string;
  source: string;
  split: SplitName;
  code: RenderCode;
  scene?: string;
  error: string;
}

export interface ValidationReport {
  /** Examples in the combined dataset, by split, before and after removing render rejections. */
  splits: Record<SplitName, { combined: number; kept: number }>;
  combined: number;
  kept: number;
  rendered: number;
  /** Kept without proof: this machine could not render them (no environment, no LaTeX), by skip code. */
  notValidated: number;
  notValidatedByCode: Partial<Record<RenderSkipCode, number>>;
  removed: number;
  removedByCode: Partial<Record<RenderCode, number>>;
}

export interface ValidatedDataset {
  splits: Record<SplitName, SplitFile>;
  removed: RemovedScene[];
  report: ValidationReport;
}

function countBy<K extends string>(codes: readonly K[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const code of [...codes].sort()) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/**
 * The dataset to train on: the combined splits less every scene whose render was rejected. A scene
 * skipped for the machine's sake stays, counted as not render-validated. Each split keeps its own lines
 * in their order, so removing a scene never moves another between splits (the split plan is combine's).
 * Splits and verdicts that do not describe the same examples are a broken run, not an example's failure.
 */
export function keepRendered(splits: Readonly<Record<SplitName, SplitFile>>, verdicts: readonly RenderVerdict[]): ValidatedDataset {
  const verdictOf = new Map(verdicts.map((v) => [v.exampleId, v]));
  const seen = new Set<string>();
  const kept = {} as Record<SplitName, SplitFile>;
  const report = {} as ValidationReport['splits'];
  const removed: RemovedScene[] = [];
  const rendered: string[] = [];
  const skipped: RenderSkipCode[] = [];
  for (const split of SPLIT_NAMES) {
    const { lines, meta } = splits[split];
    if (lines.length !== meta.length) throw new Error(`${split}: ${lines.length} chat lines but ${meta.length} meta lines`);
    kept[split] = { lines: [], meta: [] };
    meta.forEach((m, index) => {
      const verdict = verdictOf.get(m.exampleId);
      if (verdict === undefined) throw new Error(`${m.exampleId} (${split}) has no render verdict: render and combine are out of step`);
      seen.add(m.exampleId);
      if (verdict.status === 'rejected') {
        removed.push({ exampleId: m.exampleId, source: m.source, split, code: verdict.code, ...(verdict.scene ? { scene: verdict.scene } : {}), error: verdict.error });
        return;
      }
      if (verdict.status === 'rendered') rendered.push(m.exampleId);
      else skipped.push(verdict.code);
      kept[split].lines.push(lines[index]!);
      kept[split].meta.push(m);
    });
    report[split] = { combined: meta.length, kept: kept[split].meta.length };
  }
  const unknown = verdicts.filter((v) => !seen.has(v.exampleId));
  if (unknown.length > 0) throw new Error(`${unknown.length} render verdicts for examples in no split (${unknown[0]!.exampleId}…): render and combine are out of step`);
  const combined = SPLIT_NAMES.reduce((n, s) => n + report[s].combined, 0);
  return {
    splits: kept,
    removed,
    report: {
      splits: report,
      combined,
      kept: combined - removed.length,
      rendered: rendered.length,
      notValidated: skipped.length,
      notValidatedByCode: countBy(skipped),
      removed: removed.length,
      removedByCode: countBy(removed.map((r) => r.code)),
    },
  };
}
