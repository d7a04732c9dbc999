import { ChatExample, SPLIT_NAMES, SplitAssignment, type SplitName } from '@dataset/domain';
import type { DatasetConfig } from '@dataset/config';
import { publishRelease, splitFiles } from '@dataset/release';
import { assetPath, json, readAssetJson, readAssetJsonl, writeAsset } from '../assets';
import { SplitSummary } from '../summaries';

type Examples = Record<SplitName, ChatExample[]>;

export function readSplitExamples(): Examples {
  const examples = {} as Examples;
  for (const split of SPLIT_NAMES) examples[split] = readAssetJsonl('splits', `${split}.jsonl`, ChatExample);
  return examples;
}

/** `stats.json`: what a person checks before starting a fine-tune. No timestamp: equal inputs, equal bytes. */
export function releaseStats(config: DatasetConfig, examples: Examples, assignments: SplitAssignment[], summary: SplitSummary) {
  const templatesIn = (split: SplitName) => assignments.filter((a) => a.split === split).map((a) => a.templateId);
  return {
    tag: config.tag,
    seed: summary.seed,
    totals: Object.fromEntries(
      SPLIT_NAMES.map((split) => [split, { examples: examples[split].length, templates: templatesIn(split).length }]),
    ),
    totalExamples: SPLIT_NAMES.reduce((n, split) => n + examples[split].length, 0),
    templatesRequested: summary.templatesRequested,
    templatesProcessed: summary.kept + summary.sanitizerFailures.length,
    uniqueTemplatesCovered: new Set(SPLIT_NAMES.flatMap((s) => examples[s].map((e) => e.meta.templateId))).size,
    missingTemplates: summary.missingTemplates,
    sanitizerFailures: summary.sanitizerFailures.map(({ templateId, code, message }) => ({ templateId, code, message })),
    templateIdsPerSplit: Object.fromEntries(SPLIT_NAMES.map((split) => [split, templatesIn(split)])),
  };
}

/** Asset `upload`: the release folder, staged as the Nx output and published under `<releaseDir>/<tag>`. */
export function materializeUpload(config: DatasetConfig): void {
  const examples = readSplitExamples();
  const assignments = readAssetJsonl('splits', 'assignments.jsonl', SplitAssignment);
  const summary = readAssetJson('splits', 'summary.json', SplitSummary);
  const files = splitFiles(examples);
  files.set('stats.json', json(releaseStats(config, examples, assignments, summary)));
  writeAsset('upload', Object.fromEntries(files));
  const outcome = publishRelease(config.releaseDir, config.tag, files);
  const total = SPLIT_NAMES.map((s) => `${s} ${examples[s].length}`).join(', ');
  if (outcome.kind === 'identical') {
    console.log(`upload: dataset identical to release ${outcome.name} (${outcome.dir}); nothing written`);
  } else {
    console.log(`upload: wrote release ${outcome.name} to ${outcome.dir} (${total}); staged copy in ${assetPath('upload', '')}`);
  }
}
