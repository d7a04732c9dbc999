import { SPLIT_NAMES, type ChatExample, type SplitName } from '@dataset/domain';

/** A release as file name → exact bytes (UTF-8 text). Rendering is pure; writing is `publish`. */
export type ReleaseFiles = Map<string, string | Uint8Array>;

export function splitFiles(examples: Record<SplitName, readonly ChatExample[]>): ReleaseFiles {
  const files: ReleaseFiles = new Map();
  for (const split of SPLIT_NAMES) {
    const rows = examples[split];
    // The upload file carries messages only: the fine-tune API rejects unknown keys.
    files.set(`${split}.jsonl`, rows.map((e) => JSON.stringify({ messages: e.messages }) + '\n').join(''));
    files.set(`${split}.meta.jsonl`, rows.map((e) => JSON.stringify(e.meta) + '\n').join(''));
  }
  return files;
}
