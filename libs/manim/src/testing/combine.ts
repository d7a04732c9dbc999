import { sha256 } from '@dataset/domain';
import type { SourceSpec } from '../config';
import type { CleanedExample } from '../model';

/** A cleaned example as combine reads it from a source's parquet; its code is its own normalized form. */
export function cleanedExample(source: string, n: number, code: string, description: string | null = `Scene ${source} ${n}`, fixes: string[] = []): CleanedExample {
  return {
    exampleId: `${source}:${n}`,
    source,
    locator: String(n),
    description,
    descriptionOrigin: description === null ? 'pending' : 'record',
    code,
    codeSha256: sha256(code),
    normalizedCode: code,
    normalizedSha256: sha256(code),
    sceneClasses: ['A'],
    lines: code.split('\n').length,
    tokens: code.length,
    fixes,
  };
}

export const sourceSpec = (name: string, priority: number, precleaned = false): SourceSpec => ({ name, kind: 'jsonl-flat', path: name, priority, precleaned, producedBy: null });
