import { SPLIT_NAMES } from '@dataset/domain';
import type { QualityReport } from '@dataset/checks';
import { formatFinding } from '@dataset/checks/finding';
import { readAssetJsonAs } from '../assets';
import { readReleasedExamples } from './release';

const PREVIEW_COUNT = 3;
const CODE_LINES = 12;
const FINDINGS_SHOWN = 20;

/** Prints a few examples exactly as the release would hold them, and the findings behind that; writes nothing. */
export function preview(): void {
  const report = readAssetJsonAs<QualityReport>('checks', 'report.json');
  const examples = readReleasedExamples(report);
  const picked = SPLIT_NAMES.flatMap((split) => examples[split].slice(0, 1).map((e) => ({ split, e }))).slice(0, PREVIEW_COUNT);
  for (const { split, e } of picked) {
    console.log(`── ${split} · ${e.meta.templateId} · ${e.meta.promptVariant} ──`);
    for (const message of e.messages) {
      const lines = message.content.split('\n');
      const shown = message.role === 'assistant' && lines.length > CODE_LINES ? [...lines.slice(0, CODE_LINES), `… (${lines.length - CODE_LINES} more lines)`] : lines;
      console.log(`[${message.role}]\n${shown.join('\n')}`);
    }
    console.log('');
  }
  const notable = report.findings.filter((f) => f.level !== 'info' || f.waiver !== undefined);
  for (const finding of notable.slice(0, FINDINGS_SHOWN)) console.log(formatFinding(finding));
  if (notable.length > FINDINGS_SHOWN) console.log(`… and ${notable.length - FINDINGS_SHOWN} more findings (dist/assets/checks/report.json)`);
  const counts = SPLIT_NAMES.map((s) => `${s} ${examples[s].length}`).join(', ');
  const verdict = report.passed ? 'would be released' : `would be REFUSED (${report.counts.error} errors)`;
  console.log(`preview: ${counts} examples ${verdict}; ${report.drop.length} dropped by the checks, ${report.secrets.redactions.length} texts redacted; nothing written`);
}
