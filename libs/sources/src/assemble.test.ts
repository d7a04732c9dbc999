import { describe, expect, it } from 'vitest';
import type { TemplateLocator } from '@dataset/domain';
import { assembleRawTemplates, dbIdsOf } from './assemble';

const locator = (id: string, source: TemplateLocator['source']): TemplateLocator => ({
  id,
  name: id,
  source,
  duration: 90,
  supportedFormats: ['landscape'],
});
const row = (id: string, code: string | null) => ({ id, name: id, tsx_code: code, updated_at: '2025-01-01T00:00:00.000000Z' });

describe('assembleRawTemplates', () => {
  const metadata = [
    locator('in-db', { type: 'db', dbId: 'id-1' }),
    locator('null-code', { type: 'db', dbId: 'id-2' }),
    locator('absent-with-override', { type: 'db', dbId: 'id-3' }),
    locator('absent', { type: 'db', dbId: 'id-4' }),
    locator('from-registry', { type: 'registry', registryId: 'reg-a' }),
  ];
  const asset = assembleRawTemplates({
    metadata,
    rows: [row('id-1', 'code 1'), row('id-2', null)],
    overrides: new Map([
      ['null-code', 'override 2'],
      ['absent-with-override', 'override 3'],
    ]),
    registry: new Map([['reg-a', 'registry module']]),
  });

  it('takes DB code first, then the override file, and records provenance', () => {
    const byId = new Map(asset.templates.map((t) => [t.templateId, t]));
    expect(byId.get('in-db')).toMatchObject({ provenance: 'db', code: 'code 1' });
    expect(byId.get('null-code')).toMatchObject({ provenance: 'override', code: 'override 2' });
    expect(byId.get('absent-with-override')).toMatchObject({ provenance: 'override', code: 'override 3' });
    expect(byId.get('from-registry')).toMatchObject({ provenance: 'registry', sourceType: 'registry', code: 'registry module' });
  });

  it('lists templates with no code anywhere as missing', () => {
    expect(asset.manifest.missingTemplates).toEqual([{ templateId: 'absent', sourceId: 'id-4', reason: 'not-in-db' }]);
    expect(asset.manifest.fromOverrides).toEqual(['absent-with-override', 'null-code']);
  });

  it('asks the DB only for db-sourced ids', () => {
    expect(dbIdsOf(metadata)).toEqual(['id-1', 'id-2', 'id-3', 'id-4']);
  });
});
