import { SPLIT_NAMES } from '@dataset/domain';
import { ReleaseReportInput, type ParsedReportInput } from './input';

/** Hugging Face's size buckets, by number of examples. */
export function sizeCategory(examples: number): string {
  const buckets: [number, string][] = [
    [1_000, 'n<1K'],
    [10_000, '1K<n<10K'],
    [100_000, '10K<n<100K'],
    [1_000_000, '100K<n<1M'],
    [10_000_000, '1M<n<10M'],
  ];
  return buckets.find(([limit]) => examples < limit)?.[1] ?? 'n>10M';
}

/** JSON strings are valid YAML double-quoted scalars, so every value is quoted the same safe way. */
const yamlString = (text: string): string => JSON.stringify(text);

function frontMatter(input: ParsedReportInput): string {
  const total = SPLIT_NAMES.reduce((sum, split) => sum + input.examplesPerSplit[split], 0);
  const lines = [
    '---',
    `pretty_name: ${yamlString(`${input.dataset.name} ${input.dataset.tag}`)}`,
    `license: ${yamlString(input.dataset.license)}`,
    ...(input.dataset.license === 'other' ? [`license_name: ${yamlString('to-be-decided')}`] : []),
    'language:',
    '- en',
    'task_categories:',
    '- text-generation',
    'tags:',
    '- code',
    '- remotion',
    '- tsx',
    '- fine-tuning',
    'size_categories:',
    `- ${yamlString(sizeCategory(total))}`,
    'configs:',
    '- config_name: default',
    '  data_files:',
    ...SPLIT_NAMES.flatMap((split) => [`  - split: ${split}`, `    path: ${yamlString(`${split}.jsonl`)}`]),
    'dataset_info:',
    '  features:',
    '  - name: messages',
    '    list:',
    '    - name: role',
    '      dtype: string',
    '    - name: content',
    '      dtype: string',
    '  splits:',
    ...SPLIT_NAMES.flatMap((split) => [`  - name: ${split}`, `    num_examples: ${input.examplesPerSplit[split]}`]),
    '---',
  ];
  return lines.join('\n');
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number): string => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** Everything the release does not hold as production has it: refused, dropped, redacted, waived, overridden, ignored. */
function leftOutOrChanged(input: ParsedReportInput): string[] {
  const out: string[] = [];
  const rejected = input.templates.filter((t) => t.status === 'rejected' || t.status === 'missing' || t.status === 'dropped');
  if (rejected.length) {
    out.push('', '### Templates not in the release', '', table(['template', 'status', 'reason'], rejected.map((t) => [t.templateId, t.status, t.failureReason ?? ''])));
  }
  const redacted = input.templates.filter((t) => t.redactions.length > 0);
  if (redacted.length) {
    out.push('', '### Redacted', '', 'Values replaced before release (the values themselves are never shown):', '', table(['template', 'replaced'], redacted.map((t) => [t.templateId, t.redactions.join('; ')])));
  }
  const { overrides, waivers } = input.policy;
  if (overrides.length) {
    out.push('', '### Rule overrides (config)', '', table(['rule', 'severity', 'findings changed'], overrides.map((o) => [o.rule, o.severity, o.findings])));
  }
  if (waivers.length) {
    out.push('', '### Waivers (config)', '', table(['rule', 'template', 'reason', 'findings waived'], waivers.map((w) => [w.rule, w.templateId, w.reason, w.findings])));
  }
  if (input.droppedPrompts.length) {
    const byReason = new Map<string, string[]>();
    for (const d of input.droppedPrompts) byReason.set(d.reason, [...(byReason.get(d.reason) ?? []), d.templateId]);
    const rows = [...byReason].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reason, ids]) => [reason, ids.length, [...new Set(ids)].sort().join(', ')]);
    out.push('', '### Briefs not used', '', table(['reason', 'briefs', 'templates'], rows));
  }
  if (input.ignoredFields.length) {
    out.push('', '### Fields not read', '', 'Outside files carried these fields; they were ignored:', '', table(['source', 'field', 'records'], input.ignoredFields.map((f) => [f.source, f.field, f.count])));
  }
  return out;
}

/** The release's README.md: YAML front matter for the Hub, then what the data is and how it was checked. */
export function renderDatasetCard(rawInput: ReleaseReportInput): string {
  const input = ReleaseReportInput.parse(rawInput);
  const { dataset } = input;
  const templatesIn = (split: string): number => input.templates.filter((t) => t.status === 'included' && t.split === split).length;
  const counts = input.findings.reduce((acc, f) => ({ ...acc, [f.level]: acc[f.level] + 1 }), { error: 0, warning: 0, info: 0 });
  const sections = [
    frontMatter(input),
    '',
    `# ${dataset.name} (${dataset.tag})`,
    '',
    dataset.description,
    '',
    dataset.renderValidationSkipped === null
      ? 'Render validation: every scene was rendered in Chromium before release; a scene that failed to render is not in the dataset.'
      : `Render validation: **not run** (${dataset.renderValidationSkipped}); the scenes were sanitized and checked but not rendered.`,
    '',
    '## Structure',
    '',
    'Each line of `train.jsonl`, `validation.jsonl` and `test.jsonl` is one chat example in OpenAI fine-tuning format. ' +
      'Line-aligned `*.meta.jsonl` files carry the template id, source id, duration, supported formats, prompt variant and code hash of each example.',
    '',
    table(
      ['column', 'type', 'content'],
      [
        ['messages[].role', 'string', '`system`, `user` (the brief) or `assistant` (the TSX module)'],
        ['messages[].content', 'string', 'the message text; assistant content is code only'],
      ],
    ),
    '',
    '## Splits',
    '',
    `Assigned by template group (a template plus its near-duplicates) by a seeded hash of one member's id (the group's representative), seed ${dataset.seed}, so no held-out code is a near-duplicate of training code.`,
    '',
    table(
      ['split', 'examples', 'templates'],
      SPLIT_NAMES.map((split) => [split, input.examplesPerSplit[split], templatesIn(split)]),
    ),
  ];
  const statsRows = SPLIT_NAMES.flatMap((split) => {
    const s = input.tokenStats[split];
    return s ? [[split, s.examples, s.min, s.mean, s.p50, s.p90, s.max]] : [];
  });
  if (statsRows.length) {
    sections.push('', '## Tokens', '', table(['split', 'examples', 'min', 'mean', 'p50', 'p90', 'max'], statsRows));
    if (input.cost) {
      sections.push(
        '',
        `Counted with \`${input.cost.encoding}\` in the chat format of \`${input.cost.model}\`: ${input.cost.billedTrainingTokens} billed training tokens over ${input.cost.epochs} epoch(s), about $${input.cost.estimatedCostUsd.toFixed(2)}.`,
      );
    }
  }
  sections.push(
    '',
    '## Quality gates',
    '',
    `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} note(s). ` +
      `${input.templates.filter((t) => t.status === 'rejected').length} template(s) rejected, ` +
      `${input.templates.filter((t) => t.status === 'missing').length} missing from the source, ` +
      `${input.droppedExamples} example(s) dropped by the checks, ` +
      `${input.duplicates.length} duplicate group(s). See \`report.html\` for the figures and the per-template table.`,
    ...leftOutOrChanged(input),
  );
  if (dataset.systemPrompt) sections.push('', '## System prompt', '', '```text', dataset.systemPrompt, '```');
  sections.push(
    '',
    '## License',
    '',
    dataset.license === 'other' ? 'To be decided by the code owners before this dataset is shared outside the team.' : `\`${dataset.license}\``,
    '',
  );
  return sections.join('\n');
}
