import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawTemplate } from '@dataset/domain';
import { createSanitizer } from '@dataset/sanitize';
import { moduleSizeStats } from './corpus';
import { growModule, productionModuleBytes } from './synthesize';

function raw(name: string, code: string): RawTemplate {
  const id = name.replace(/\.tsx$/, '');
  return { templateId: id, name: id, sourceType: 'db', sourceId: '00000000-0000-4000-8000-000000000000', provenance: 'db', duration: 150, supportedFormats: ['landscape'], code, updatedAt: null };
}

describe('the production-sized bench corpus', () => {
  it('draws module sizes with production’s median, mean and largest', () => {
    const stats = moduleSizeStats(Array.from({ length: 4_000 }, (_, i) => productionModuleBytes(i)));
    expect(stats.medianBytes).toBeGreaterThan(7_300);
    expect(stats.medianBytes).toBeLessThan(8_300);
    expect(stats.meanBytes).toBeGreaterThan(8_800);
    expect(stats.meanBytes).toBeLessThan(9_800);
    expect(stats.maxBytes).toBeLessThanOrEqual(24_000);
  });

  it('grows every demo module to its size, and the sanitizer treats it as it treats the demo module', async () => {
    const sanitizer = createSanitizer();
    const rows = resolve('data/db/rows');
    for (const [i, name] of readdirSync(rows).filter((n) => n.endsWith('.tsx')).entries()) {
      const code = readFileSync(join(rows, name), 'utf8');
      const grown = growModule(code, i, 12_000);
      expect(Math.abs(Buffer.byteLength(grown) - 12_000), name).toBeLessThan(1_500);
      // Some demo rows are dirty on purpose (prose, fences, broken tags): the same repairs, the same verdict.
      const [before, after] = [await sanitizer.sanitize(raw(name, code)), await sanitizer.sanitize(raw(name, grown))];
      expect(after.kind, name).toBe(before.kind);
      if (before.kind === 'kept' && after.kind === 'kept') expect(after.scene.fixes, name).toEqual(before.scene.fixes);
    }
  });
});
