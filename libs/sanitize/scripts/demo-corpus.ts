import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { RawTemplate } from '@dataset/domain';
import { assembleRawTemplates, parseCanonicalMetadata, readEmbeddedSeed, readTsxFolder } from '@dataset/sources';

/** The workspace's demo corpus, read the way the `raw` asset assembles it (minus the database round trip). */
export const DEMO_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data');

export const CorpusExpectation = z.object({
  outcome: z.enum(['kept', 'rejected', 'missing']),
  rejectionCode: z.string().optional(),
  shapes: z.array(z.string()),
});
export type CorpusExpectation = z.infer<typeof CorpusExpectation>;

export interface DemoCorpus {
  readonly templates: readonly RawTemplate[];
  /** templateId → what the corpus author expects the pipeline to do with it. */
  readonly expectations: ReadonlyMap<string, CorpusExpectation>;
}

const DemoConfig = z.object({
  metadata: z.string(),
  overrides: z.string(),
  registry: z.string(),
  embeddedDatabase: z.string(),
});

export function readDemoCorpus(dataDir: string = DEMO_DATA_DIR): DemoCorpus {
  const config = DemoConfig.parse(JSON.parse(readFileSync(join(dataDir, 'dataset.config.json'), 'utf8')));
  const at = (path: string): string => resolve(dataDir, path);
  const metadataFile = at(config.metadata);
  const metadata = parseCanonicalMetadata(readFileSync(metadataFile, 'utf8'), metadataFile);
  const seed = readEmbeddedSeed(at(config.embeddedDatabase));
  const { templates } = assembleRawTemplates({
    metadata,
    rows: seed.rows.map((row) => ({ id: row.id, name: row.name, tsx_code: row.tsxCode, updated_at: row.updatedAt })),
    overrides: readTsxFolder(at(config.overrides)),
    registry: readTsxFolder(at(config.registry)),
  });
  const expectations = z
    .record(z.string(), CorpusExpectation)
    .parse(JSON.parse(readFileSync(join(dataDir, 'corpus-expectations.json'), 'utf8')));
  return { templates, expectations: new Map(Object.entries(expectations)) };
}
