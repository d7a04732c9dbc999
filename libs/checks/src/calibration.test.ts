import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, makePrompts, makeScene } from './fixtures';
import { runQualityGates } from './gates';

/**
 * The gates on real-world shapes (libs/checks/calibration): ordinary production code must pass every
 * error-level rule untouched, and each planted defect must trip exactly its rule, on its line.
 */
const CORPUS = join(import.meta.dirname, '../calibration');
const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<string, { rule: string; line: number }[]>;
const CODE_RULES = new Set(['PAYLOAD_NOT_CODE_START', 'PAYLOAD_CODE_FENCE', 'PAYLOAD_PROSE', 'PAYLOAD_SYNTAX_ERROR', 'SECRET_CREDENTIAL', 'PII_EMAIL', 'PII_PHONE']);

async function gate(file: string) {
  const code = readFileSync(join(CORPUS, file), 'utf8');
  const duration = Number(/export const durationInFrames = (\d+)/.exec(code)?.[1] ?? 90);
  const scene = makeScene(file.replace(/\W+/g, '-').replace(/-tsx$/, ''), { code, duration });
  const prompts = makePrompts(scene).slice(0, 1);
  return runQualityGates({ scenes: [scene], prompts, examples: locate([scene], prompts, () => 'train') });
}

describe('the quality gates on the calibration corpus', () => {
  for (const [file, findings] of Object.entries(expected)) {
    it(`${file}: ${findings.length ? findings.map((f) => `${f.rule} at line ${f.line}`).join(', ') : 'passes untouched'}`, async () => {
      const report = await gate(file);
      const found = report.findings.filter((f) => CODE_RULES.has(f.rule)).map((f) => ({ rule: f.rule, line: f.line }));
      expect(found).toEqual(findings);
      if (file.startsWith('ordinary/')) {
        // No false positive at error level on ordinary code: personal data in a mockup is a redacted warning.
        expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
      } else {
        expect(report.passed, 'a planted defect refuses the release, or is a redacted warning').toBe(!findings.some((f) => !f.rule.startsWith('PII_')));
      }
    });
  }

  it('covers every file of the corpus', async () => {
    const { readdirSync } = await import('node:fs');
    const files = ['ordinary', 'trips'].flatMap((dir) => readdirSync(join(CORPUS, dir)).map((f) => `${dir}/${f}`));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });
});
