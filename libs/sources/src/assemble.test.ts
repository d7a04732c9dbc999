import { describe, expect, it } from 'vitest';
import type { TemplateLocator } from '@dataset/domain';
import { assembleRawTemplates, dbIdsOf } from './assemble';
import type { FoundCode, UnreadableCode } from './code';

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

describe('assembleRawTemplates refusing code before any expensive work', () => {
  const metadata = [
    locator('small', { type: 'db', dbId: 'id-1' }),
    locator('large', { type: 'db', dbId: 'id-2' }),
    locator('nul-from-server', { type: 'db', dbId: 'id-3' }),
    locator('nul-in-seed', { type: 'db', dbId: 'id-4' }),
    locator('not-utf8-override', { type: 'db', dbId: 'id-5' }),
    locator('not-utf8-module', { type: 'registry', registryId: 'reg-b' }),
    locator('wide-characters', { type: 'db', dbId: 'id-6' }),
  ];
  const asset = assembleRawTemplates({
    metadata,
    rows: [row('id-1', 'x'.repeat(100)), row('id-2', 'x'.repeat(101)), row('id-3', 'const a = 1;\u0000'), row('id-4', null), row('id-6', 'é'.repeat(51))],
    overrides: new Map<string, FoundCode>([
      ['nul-in-seed', 'an override does not stand in for code the database could not store'],
      ['not-utf8-override', { refused: 'CODE_INVALID_UTF8', message: 'overrides/not-utf8-override.tsx is not valid UTF-8' }],
    ]),
    registry: new Map<string, FoundCode>([['reg-b', { refused: 'CODE_INVALID_UTF8', message: 'registry/reg-b.tsx is not valid UTF-8' }]]),
    unreadableRows: new Map<string, UnreadableCode>([['ID-4', { refused: 'CODE_NUL_BYTE', message: 'the code holds a NUL byte (U+0000) at character 7' }]]),
    maxCodeBytes: 100,
  });

  it('refuses each with a stable code, stage raw, and keeps the others', () => {
    expect(asset.templates.map((t) => t.templateId)).toEqual(['small']);
    expect(asset.manifest.rejections).toEqual([
      { templateId: 'large', stage: 'raw', code: 'CODE_TOO_LARGE', message: '101 bytes of code, over maxCodeBytes (100)' },
      { templateId: 'not-utf8-module', stage: 'raw', code: 'CODE_INVALID_UTF8', message: 'registry/reg-b.tsx is not valid UTF-8' },
      { templateId: 'not-utf8-override', stage: 'raw', code: 'CODE_INVALID_UTF8', message: 'overrides/not-utf8-override.tsx is not valid UTF-8' },
      { templateId: 'nul-from-server', stage: 'raw', code: 'CODE_NUL_BYTE', message: 'the code holds a NUL byte (U+0000) at character 12' },
      { templateId: 'nul-in-seed', stage: 'raw', code: 'CODE_NUL_BYTE', message: 'the code holds a NUL byte (U+0000) at character 7' },
      { templateId: 'wide-characters', stage: 'raw', code: 'CODE_TOO_LARGE', message: '102 bytes of code, over maxCodeBytes (100)' },
    ]);
    expect(asset.manifest).toMatchObject({ templatesRequested: 7, templatesFound: 1, fromOverrides: [], missingTemplates: [] });
  });
});

