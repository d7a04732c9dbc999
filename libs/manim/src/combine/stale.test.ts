import { describe, expect, it } from 'vitest';
import { staleSourceFiles } from './stale';

describe('staleSourceFiles', () => {
  it("names every file of a source the config no longer lists, and none of a configured source's", () => {
    const files = ['kept.parquet', 'kept.summary.json', 'gone.parquet', 'gone.fixes.jsonl', 'gone.rejections.jsonl', 'gone.summary.json', 'kept-too.parquet'];
    expect(staleSourceFiles(files, ['kept', 'kept-too'])).toEqual(['gone.fixes.jsonl', 'gone.parquet', 'gone.rejections.jsonl', 'gone.summary.json']);
  });

  it('does not take a source whose name extends a configured one for that source', () => {
    expect(staleSourceFiles(['flat.parquet', 'flat-old.parquet'], ['flat'])).toEqual(['flat-old.parquet']);
  });

  it('leaves files that no clean target could have written', () => {
    expect(staleSourceFiles(['.gitkeep', 'Notes.txt'], [])).toEqual([]);
  });
});
