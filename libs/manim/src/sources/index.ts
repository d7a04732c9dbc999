import type { SourceKind } from '../config';
import { jsonlFlat } from './jsonl-flat';
import { jsonlOpenAi } from './jsonl-openai';
import { jsonlShareGpt } from './jsonl-sharegpt';
import { parquetSource } from './parquet';
import type { SourcePlugin } from './plugin';
import { repoSource } from './repo';

/** One plugin per source shape; a new shape is a module and a line here (and a `kind` in config.ts). */
export const SOURCE_PLUGINS: Readonly<Record<SourceKind, SourcePlugin>> = {
  'jsonl-openai': jsonlOpenAi,
  'jsonl-sharegpt': jsonlShareGpt,
  'jsonl-flat': jsonlFlat,
  parquet: parquetSource,
  repo: repoSource,
};

export type { SourceIndex, SourcePlugin, SourceRead, SourceTools } from './plugin';
export { openAiRecord } from './jsonl-openai';
export { shareGptRecord } from './jsonl-sharegpt';
export { flatRecord } from './jsonl-flat';
export { describeFromFileName, listPythonFiles, moduleNamesOf } from './repo';
