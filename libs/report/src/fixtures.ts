/** A small release as the report sees it: every status, fixes, rejections, duplicates, tokens. */
import type { ReleaseReportInput } from './input';

export function sampleReport(): ReleaseReportInput {
  return {
    dataset: { name: 'template-code-generator', tag: 'v1', seed: 119, systemPrompt: 'You output only valid React/Remotion code.' },
    examplesPerSplit: { train: 6, validation: 2, test: 2 },
    templates: [
      { templateId: 'aurora-intro', status: 'included', split: 'train', prompts: ['Create a landscape aurora intro.', 'Show northern lights.'], examples: 2, failureReason: null, fixes: ['strip-fences', 'add-duration-export'], thumbnail: 'thumbs/aurora-intro.png' },
      { templateId: 'bar-race', status: 'included', split: 'train', prompts: ['A bar chart race.', 'Animated ranking.'], examples: 2, failureReason: null, fixes: ['strip-fences'] },
      { templateId: 'coupon-card', status: 'included', split: 'train', prompts: ['A coupon <script>alert(1)</script> card.', 'Discount & deals "now".'], examples: 2, failureReason: null, fixes: [], redactions: ['phone number in code line 40 → +1 555 0100'], waivers: ['PII_EMAIL: fictional mockup'] },
      { templateId: 'kinetic-type', status: 'included', split: 'validation', prompts: ['Kinetic typography.', 'Words that bounce.'], examples: 2, failureReason: null, fixes: ['add-default-export'] },
      { templateId: 'logo-sting', status: 'included', split: 'test', prompts: ['A logo sting.', 'Quick logo reveal.'], examples: 2, failureReason: null, fixes: [] },
      { templateId: 'logo-sting-blue', status: 'dropped', split: null, prompts: [], examples: 0, failureReason: 'keep-one kept logo-sting from its duplicate group', fixes: [] },
      { templateId: 'broken-markup', status: 'rejected', split: null, prompts: [], examples: 0, failureReason: 'PARSE_ERROR: unterminated JSX', fixes: [] },
      { templateId: 'no-code', status: 'rejected', split: null, prompts: [], examples: 0, failureReason: 'EMPTY_CODE: nothing left after stripping prose', fixes: [] },
      { templateId: 'ghost', status: 'missing', split: null, prompts: [], examples: 0, failureReason: 'not-in-db', fixes: [] },
    ],
    exampleTokens: [
      { split: 'train', templateId: 'aurora-intro', tokens: 812 },
      { split: 'train', templateId: 'aurora-intro', tokens: 820 },
      { split: 'train', templateId: 'bar-race', tokens: 1430 },
      { split: 'train', templateId: 'bar-race', tokens: 1441 },
      { split: 'train', templateId: 'coupon-card', tokens: 640 },
      { split: 'train', templateId: 'coupon-card', tokens: 652 },
      { split: 'validation', templateId: 'kinetic-type', tokens: 990 },
      { split: 'validation', templateId: 'kinetic-type', tokens: 1001 },
      { split: 'test', templateId: 'logo-sting', tokens: 500 },
      { split: 'test', templateId: 'logo-sting', tokens: 511 },
    ],
    tokenStats: {
      train: { examples: 6, total: 5795, min: 640, mean: 965.83, p50: 812, p90: 1441, max: 1441 },
      validation: { examples: 2, total: 1991, min: 990, mean: 995.5, p50: 990, p90: 1001, max: 1001 },
      test: { examples: 2, total: 1011, min: 500, mean: 505.5, p50: 500, p90: 511, max: 511 },
    },
    cost: { encoding: 'o200k_base', model: 'gpt-4o-mini-2024-07-18', epochs: 3, billedTrainingTokens: 17385, estimatedCostUsd: 0.0522 },
    rejections: [
      { templateId: 'broken-markup', stage: 'sanitized', code: 'PARSE_ERROR', message: 'unterminated JSX' },
      { templateId: 'no-code', stage: 'sanitized', code: 'EMPTY_CODE', message: 'nothing left after stripping prose' },
    ],
    duplicates: [{ kind: 'near', templateIds: ['logo-sting', 'logo-sting-blue'] }],
    findings: [
      { rule: 'DEDUP_NEAR_DUPLICATE_CODE', level: 'info', message: 'templates logo-sting, logo-sting-blue are near-duplicates' },
      { rule: 'FORMAT_FEW_TRAINING_EXAMPLES', level: 'warning', message: 'train.jsonl has 6 valid example(s); fine-tuning needs at least 10' },
    ],
    policy: {
      overrides: [{ rule: 'PAYLOAD_PROSE', severity: 'warn', findings: 0 }],
      waivers: [{ rule: 'PII_EMAIL', templateId: 'coupon-card', reason: 'fictional mockup', findings: 1 }],
    },
    ignoredFields: [{ source: 'curated prompts (metadata_prompt_dataset.jsonl)', field: 'db_id', count: 41 }],
    droppedExamples: 1,
    droppedPrompts: [{ templateId: 'retired-intro', reason: 'unknown-template' }],
  };
}
