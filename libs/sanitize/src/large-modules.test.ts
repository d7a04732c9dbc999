import { describe, expect, it } from 'vitest';
import { largeModule } from './fixtures/large-modules';
import { createSanitizer } from './sanitizer';
import { rawTemplate } from './test-support';

/**
 * Megabyte modules through the whole sanitizer: each ends kept or refused with a specific code, never as a
 * crash (SANITIZER_ERROR). No timing is asserted; the timeout only has to outlast a slow, busy machine.
 */
const MB = 1024 * 1024;
const SLOW = 300_000;
const sanitizer = createSanitizer();

describe('megabyte modules', () => {
  it(
    'keeps a 4 MB module whose bulk is a table of 50,000 string literals',
    async () => {
      const code = largeModule('string-table', 4 * MB);
      expect(code.match(/"Caption \d+/g)!.length).toBeGreaterThan(50_000);
      const outcome = await sanitizer.sanitize(rawTemplate(code));
      expect(outcome.kind === 'kept' && outcome.scene.code.length).toBeGreaterThan(4 * MB);
    },
    SLOW,
  );

  it(
    'keeps a 4 MB module written on one line',
    async () => {
      const code = largeModule('single-line', 4 * MB);
      expect(code.trimEnd()).not.toContain('\n');
      expect((await sanitizer.sanitize(rawTemplate(code))).kind).toBe('kept');
    },
    SLOW,
  );

  it(
    'keeps 20,000 lines of JSX that each read a uniquified helper, renaming every read',
    async () => {
      const code = largeModule('jsx-lines', 2 * MB);
      expect(code.split('\n').length).toBeGreaterThan(20_000);
      const outcome = await sanitizer.sanitize(rawTemplate(code));
      expect(outcome.kind === 'kept' && outcome.scene.fixes).toContain('renamed-suffix:shown_me44v5an→shown');
      expect(outcome.kind === 'kept' && outcome.scene.code).not.toContain('_me44v5an');
    },
    SLOW,
  );

  it(
    'renames 30,000 uniquified top-level names, each with its reference',
    async () => {
      const outcome = await sanitizer.sanitize(rawTemplate(largeModule('uniquified-names', 2 * MB)));
      expect(outcome.kind === 'kept' && outcome.scene.fixes.filter((fix) => fix.startsWith('renamed-suffix:')).length).toBeGreaterThan(30_000);
      expect(outcome.kind === 'kept' && outcome.scene.code).not.toContain('_me44v5an');
    },
    SLOW,
  );

  it(
    'strips a fence and prose around 4 MB of code, and prose after it',
    async () => {
      const code = largeModule('string-table', 4 * MB);
      const fenced = await sanitizer.sanitize(rawTemplate(`Here is the scene:\n\`\`\`tsx\n${code}\`\`\`\nIt cycles through the captions.\n`));
      expect(fenced.kind === 'kept' && fenced.scene.fixes).toEqual(['stripped-fence', 'stripped-prose']);
      const trailing = await sanitizer.sanitize(rawTemplate(`${code}\nIt cycles through the captions, one per frame.\nEnjoy!\n`));
      expect(trailing.kind === 'kept' && trailing.scene.fixes).toEqual(['stripped-prose']);
    },
    SLOW,
  );

  it(
    'refuses a 4 MB `+` chain, a tree as deep as it is long, as too deep',
    async () => {
      const outcome = await sanitizer.sanitize(rawTemplate(largeModule('concatenation-chain', 4 * MB)));
      expect(outcome.kind === 'rejected' && outcome.rejection.code).toBe('CODE_TOO_DEEP');
    },
    SLOW,
  );

  it('refuses nesting deeper than the parser can read as too deep, and goes on sanitizing', async () => {
    const nested = `const table = ${'['.repeat(50_000)}1${']'.repeat(50_000)};\nexport default () => <p>{table.length}</p>;`;
    const outcome = await sanitizer.sanitize(rawTemplate(nested));
    expect(outcome).toMatchObject({ kind: 'rejected', rejection: { code: 'CODE_TOO_DEEP' } });
    const fenced = await sanitizer.sanitize(rawTemplate(`Here it is:\n\`\`\`tsx\n${nested}\n\`\`\`\nDone.`));
    expect(fenced).toMatchObject({ kind: 'rejected', rejection: { code: 'CODE_TOO_DEEP' } });
    expect((await sanitizer.sanitize(rawTemplate('export default () => <p>ok</p>;'))).kind).toBe('kept');
  });
});
