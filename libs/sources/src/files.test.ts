import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTsxFolder } from './files';

const dir = mkdtempSync(join(tmpdir(), 'tsx-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTsxFolder', () => {
  it('reads UTF-8 files as text and names a file that is not UTF-8 instead of mangling it', () => {
    writeFileSync(join(dir, 'good.tsx'), '\uFEFFexport const title = "Café";');
    writeFileSync(join(dir, 'latin1.tsx'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3b]));
    writeFileSync(join(dir, 'notes.md'), 'not a module');
    expect(readTsxFolder(dir)).toEqual(
      new Map<string, unknown>([
        ['good', '\uFEFFexport const title = "Café";'],
        ['latin1', { refused: 'CODE_INVALID_UTF8', message: `${basename(dir)}/latin1.tsx is not valid UTF-8` }],
      ]),
    );
    expect(readTsxFolder(join(dir, 'absent'))).toEqual(new Map());
  });
});
