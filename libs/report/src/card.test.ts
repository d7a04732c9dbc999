import { describe, expect, it } from 'vitest';
import { renderDatasetCard, sizeCategory } from './card';
import { sampleReport } from './fixtures';

describe('renderDatasetCard', () => {
  const card = renderDatasetCard(sampleReport());
  const [, yaml = '', body = ''] = card.split(/^---$/m);

  it('opens with YAML front matter naming license, task, size, splits and features', () => {
    expect(card.startsWith('---\n')).toBe(true);
    expect(yaml).toContain('license: "other"\nlicense_name: "to-be-decided"');
    expect(yaml).toContain('task_categories:\n- text-generation');
    expect(yaml).toContain('size_categories:\n- "n<1K"');
    expect(yaml).toContain('  - split: validation\n    path: "validation.jsonl"');
    expect(yaml).toContain('  - name: train\n    num_examples: 6\n  - name: validation\n    num_examples: 2\n  - name: test\n    num_examples: 2');
    expect(yaml).toContain('  - name: messages\n    list:\n    - name: role\n      dtype: string\n    - name: content\n      dtype: string');
    for (const line of yaml.trim().split('\n')) expect(line).toMatch(/^( *- )?( *[a-z_]+:( .+)?)?$|^ *- [^:]+$/);
  });

  it('describes splits, tokens, cost and gates in the body', () => {
    expect(body).toContain('# template-code-generator (v1)');
    expect(body).toContain('| validation | 2 | 1 |');
    expect(body).toContain('| train | 6 | 640 | 965.83 | 812 | 1441 | 1441 |');
    expect(body).toContain('17385 billed training tokens over 3 epoch(s), about $0.05');
    expect(body).toContain('0 error(s), 1 warning(s), 1 note(s). 2 template(s) rejected, 1 missing from the source, 1 example(s) dropped by the checks');
  });

  it('lists every template left out, every redaction, override, waiver and ignored field', () => {
    expect(body).toContain('| broken-markup | rejected | PARSE_ERROR: unterminated JSX |');
    expect(body).toContain('| logo-sting-blue | dropped | keep-one kept logo-sting from its duplicate group |');
    expect(body).toContain('| ghost | missing | not-in-db |');
    expect(body).toContain('| coupon-card | phone number in code line 40 → +1 555 0100 |');
    expect(body).toContain('| PAYLOAD_PROSE | warn | 0 |');
    expect(body).toContain('| PII_EMAIL | coupon-card | fictional mockup | 1 |');
    expect(body).toContain('| curated prompts (metadata_prompt_dataset.jsonl) | db_id | 41 |');
    expect(body).toContain('| unknown-template | 1 | retired-intro |');
  });

  it('uses the license given instead of the placeholder', () => {
    const licensed = renderDatasetCard({ ...sampleReport(), dataset: { ...sampleReport().dataset, license: 'apache-2.0' } });
    expect(licensed).toContain('license: "apache-2.0"\nlanguage:');
    expect(licensed).not.toContain('license_name');
  });

  it('is byte-identical for the same input', () => {
    expect(renderDatasetCard(sampleReport())).toBe(card);
  });
});

describe('sizeCategory', () => {
  it('follows the Hub buckets', () => {
    expect([0, 999, 1000, 9999, 10_000, 250_000].map(sizeCategory)).toEqual(['n<1K', 'n<1K', '1K<n<10K', '1K<n<10K', '10K<n<100K', '100K<n<1M']);
  });
});
