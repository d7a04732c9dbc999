import { describe, expect, it } from 'vitest';
import { cleanDataset, locate, makePrompts, makeScene } from './fixtures';
import { formatFinding } from './finding';
import { runQualityGates } from './gates';
import type { GateMemo } from './memo';

describe('runQualityGates', () => {
  it('passes a clean release candidate with no error or warning', async () => {
    const report = await runQualityGates(cleanDataset(10));
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.tokens.perSplit.train.examples).toBe(16);
    expect(report.tokens.billedTrainingTokens).toBe(report.tokens.perSplit.train.total * 3);
    expect(report.drop).toEqual([]);
  });

  it('gives byte-identical reports for the same input', async () => {
    const input = cleanDataset(10);
    expect(JSON.stringify(await runQualityGates(input))).toBe(JSON.stringify(await runQualityGates(input)));
  });

  it('fails when a held-out template copies a training template, and names the rule', async () => {
    const input = cleanDataset(10);
    const copy = makeScene('template-copy', { code: input.scenes[0]!.code, duration: input.scenes[0]!.duration });
    const prompts = makePrompts(copy).map((p) => ({ ...p, text: `${p.text} Extra.` }));
    const examples = [...input.examples, ...locate([copy], prompts, () => 'test').map((e) => ({ ...e, line: e.line + 2 }))];
    const report = await runQualityGates({ ...input, scenes: [...input.scenes, copy], prompts: [...input.prompts, ...prompts], examples });
    expect(report.passed).toBe(false);
    const errors = report.findings.filter((f) => f.level === 'error').map(formatFinding);
    expect(errors).toEqual([expect.stringMatching(/^ERROR DECONTAMINATION_EXACT_LEAK: template template-copy \(test\) is an exact duplicate of template-00 \(train\)/)]);
  });

  it('fails on a secret and on a template spread over two splits', async () => {
    const input = cleanDataset(10);
    const leaky = makeScene('template-03', { duration: input.scenes[3]!.duration, code: input.scenes[3]!.code.replace('#101820', '#101820", owner: "ops@acme-corp.io') });
    const scenes = input.scenes.map((s) => (s.templateId === leaky.templateId ? leaky : s));
    const examples = input.examples.map((e) => {
      if (e.example.meta.templateId !== leaky.templateId) return e;
      const messages = e.example.messages.map((m) => (m.role === 'assistant' ? { ...m, content: leaky.code } : m));
      return { ...e, example: { ...e.example, messages } };
    });
    const moved = examples.map((e) => (e.split === 'validation' && e.line === 2 ? { ...e, split: 'test' as const, line: 3 } : e));
    const report = await runQualityGates({ ...input, scenes, examples: moved }, { secrets: { pii: 'fail' } });
    expect(report.findings.filter((f) => f.level === 'error').map((f) => f.rule).sort()).toEqual(['PII_EMAIL', 'SPLIT_TEMPLATE_IN_MANY_SPLITS']);
  });

  it('reports what raw and prompts scanned early, under the same rule policy, and scans only the system prompt itself', async () => {
    const input = cleanDataset(10);
    // Left in the code by a waiver in `raw`: scanned here again, it would be reported twice.
    const waivedEmail = ['ops', '@acme-corp.io'].join('');
    const scenes = input.scenes.map((s) => (s.templateId === 'template-03' ? { ...s, code: s.code.replace('#101820', `#101820", owner: "${waivedEmail}`) } : s));
    const early = {
      findings: [
        { rule: 'PII_EMAIL', level: 'warning' as const, templateId: 'template-03', line: 2, message: 'e-mail address in code of template template-03 at line 2 (15 characters, value withheld)' },
        { rule: 'PII_PHONE', level: 'warning' as const, templateId: 'template-05', line: 1, message: 'phone number in prompt base of template template-05 at line 1 (14 characters, value withheld); redacted to +1 555 0100' },
      ],
      redacted: [{ templateId: 'template-05', field: 'prompt' as const, variantId: 'base' }],
    };
    const config = { waivers: [{ rule: 'PII_EMAIL', templateId: 'template-03', reason: 'fictional mockup' }] };
    const secretFindings = (r: { findings: { rule: string; level: string; templateId?: string }[] }) =>
      r.findings.filter((f) => /^(PII_|SECRET_)/.test(f.rule)).map((f) => [f.rule, f.level, f.templateId]);
    const report = await runQualityGates({ ...input, scenes, scannedEarly: early }, config);
    expect(secretFindings(report)).toEqual([
      ['PII_PHONE', 'warning', 'template-05'],
      ['PII_EMAIL', 'info', 'template-03'],
    ]);
    expect(report.secrets.redactedEarly).toEqual(early.redacted);
    expect(report.secrets.redactions).toEqual([]);
    // Without the early scan the same code is scanned here.
    const late = await runQualityGates({ ...input, scenes }, config);
    expect(secretFindings(late)).toEqual([['PII_EMAIL', 'info', 'template-03']]);
  });

  it('lists over-limit examples and keep-one drops for the release to leave out', async () => {
    const input = cleanDataset(10);
    const twin = makeScene('template-twin', { code: input.scenes[1]!.code, duration: input.scenes[1]!.duration });
    const examples = [...input.examples, ...locate([twin], makePrompts(twin), () => 'train').map((e) => ({ ...e, line: e.line + 16 }))];
    const config = { tokens: { maxTokensPerExample: 100_000, overLimit: 'drop' }, dedup: { policy: 'keep-one', priority: ['id'] } };
    const report = await runQualityGates({ ...input, scenes: [...input.scenes, twin], prompts: [...input.prompts, ...makePrompts(twin)], examples }, config);
    expect(report.duplicates.policy.dropped).toEqual([{ templateId: 'template-twin', keptInstead: 'template-01' }]);
    expect(report.drop).toEqual([
      { split: 'train', line: 17, templateId: 'template-twin' },
      { split: 'train', line: 18, templateId: 'template-twin' },
    ]);
  });

  it('drops examples whose code declares another duration than their metadata, or fails under the fail policy', async () => {
    const input = cleanDataset(10);
    const target = input.scenes[2]!;
    const changed = { ...target, code: target.code.replace(`durationInFrames = ${target.duration}`, `durationInFrames = ${target.duration + 30}`) };
    expect(changed.code).not.toBe(target.code);
    const scenes = input.scenes.map((s) => (s.templateId === target.templateId ? changed : s));
    const examples = input.examples.map((e) =>
      e.example.meta.templateId !== target.templateId
        ? e
        : { ...e, example: { ...e.example, messages: e.example.messages.map((m) => (m.role === 'assistant' ? { ...m, content: changed.code } : m)) } },
    );
    const dropped = await runQualityGates({ ...input, scenes, examples });
    expect(dropped.passed).toBe(true);
    expect(dropped.drop.map((d) => d.templateId)).toEqual(examples.filter((e) => e.example.meta.templateId === target.templateId).map(() => target.templateId));
    expect(dropped.findings.filter((f) => f.rule === 'PAYLOAD_CODE_DURATION_MISMATCH').every((f) => f.level === 'warning')).toBe(true);
    const failed = await runQualityGates({ ...input, scenes, examples }, { payload: { codeDurationMismatch: 'fail' } });
    expect(failed.passed).toBe(false);
  });

  it('counts tokens and cost of the released examples only: dropped ones out, redactions in', async () => {
    const input = cleanDataset(10);
    const target = input.scenes[2]!;
    const changed = { ...target, code: target.code.replace(`durationInFrames = ${target.duration}`, `durationInFrames = ${target.duration + 30}`) };
    const scenes = input.scenes.map((s) => (s.templateId === target.templateId ? changed : s));
    const examples = input.examples.map((e) =>
      e.example.meta.templateId !== target.templateId
        ? e
        : { ...e, example: { ...e.example, messages: e.example.messages.map((m) => (m.role === 'assistant' ? { ...m, content: changed.code } : m)) } },
    );
    const report = await runQualityGates({ ...input, scenes, examples });
    const droppedTrain = report.drop.filter((d) => d.split === 'train').length;
    expect(droppedTrain).toBeGreaterThan(0);
    expect(report.tokens.perSplit.train.examples).toBe(examples.filter((e) => e.split === 'train').length - droppedTrain);
    expect(report.tokens.billedTrainingTokens).toBe(report.tokens.perSplit.train.total * 3);
    expect(report.tokens.perExample.every((e) => e.templateId !== target.templateId)).toBe(true);
  });

  it('applies severity overrides and waivers from the config, and reports each with what it changed', async () => {
    const input = cleanDataset(10);
    const leaky = input.prompts.map((p, i) => (i === 0 ? { ...p, text: `${p.text} Mail ops@acme-corp.io.` } : p));
    const templateId = input.prompts[0]!.templateId;
    const candidate = { ...input, prompts: leaky, examples: input.examples.map((e) => (e.example.meta.templateId === templateId && e.example.meta.promptVariant === leaky[0]!.variantId ? { ...e, example: { ...e.example, messages: e.example.messages.map((m) => (m.role === 'user' ? { ...m, content: leaky[0]!.text } : m)) } } : e)) };

    const failing = await runQualityGates(candidate, { secrets: { pii: 'fail' } });
    expect(failing.passed).toBe(false);

    const warned = await runQualityGates(candidate, { secrets: { pii: 'fail' }, rules: { PII_EMAIL: 'warn' } });
    expect(warned.passed).toBe(true);
    expect(warned.findings.filter((f) => f.rule === 'PII_EMAIL').map((f) => f.level)).toEqual(['warning']);
    expect(warned.policy.overrides).toEqual([{ rule: 'PII_EMAIL', severity: 'warn', findings: 1 }]);

    const waiver = { rule: 'PII_EMAIL', templateId, reason: 'fictional mockup' };
    const waived = await runQualityGates(candidate, { secrets: { pii: 'fail' }, waivers: [waiver] });
    expect(waived.passed).toBe(true);
    expect(waived.findings.filter((f) => f.rule === 'PII_EMAIL')).toEqual([expect.objectContaining({ level: 'info', waiver: 'fictional mockup' })]);
    expect(waived.policy.waivers).toEqual([{ ...waiver, findings: 1 }]);
    // Waived under the default redact policy: accepted as it is, so nothing is redacted.
    expect((await runQualityGates(candidate, { waivers: [waiver] })).secrets.redactions).toEqual([]);
    expect((await runQualityGates(candidate)).secrets.redactions).toHaveLength(1);

    const off = await runQualityGates(candidate, { secrets: { pii: 'fail' }, rules: { PII_EMAIL: 'off' } });
    expect(off.findings.some((f) => f.rule === 'PII_EMAIL')).toBe(false);
    expect(off.policy.overrides).toEqual([{ rule: 'PII_EMAIL', severity: 'off', findings: 1 }]);
  });

  it('names an unknown rule in the overrides or a waiver as a config error', async () => {
    await expect(runQualityGates(cleanDataset(3), { rules: { PAYLOAD_PROZE: 'warn' } })).rejects.toThrow(/unknown rule .{0,2}"PAYLOAD_PROZE/);
    await expect(runQualityGates(cleanDataset(3), { waivers: [{ rule: 'PII_MAIL', templateId: 'x', reason: 'r' }] })).rejects.toThrow(/unknown rule .{0,2}"PII_MAIL/);
    await expect(runQualityGates(cleanDataset(3), { rules: { PAYLOAD_PROSE: 'loud' } })).rejects.toThrow(/PAYLOAD_PROSE/);
  });

  it('rejects an invalid config with the field named', async () => {
    await expect(runQualityGates(cleanDataset(3), { dedup: { threshold: 2 } })).rejects.toThrow(/threshold/);
  });
});

describe('runQualityGates with a memo', () => {
  /** A memo over a plain map that counts what it had to compute. */
  const mapMemo = () => {
    const records = new Map<string, string>();
    const stats = { computed: 0 };
    const key = (kind: string, input: unknown) => `${kind}:${JSON.stringify(input)}`;
    const memo: GateMemo = {
      sync: (kind, input, compute) => {
        const k = key(kind, input);
        if (!records.has(k)) {
          stats.computed += 1;
          records.set(k, JSON.stringify(compute()));
        }
        return JSON.parse(records.get(k)!);
      },
      async: async (kind, input, compute) => {
        const k = key(kind, input);
        if (!records.has(k)) {
          stats.computed += 1;
          records.set(k, JSON.stringify(await compute()));
        }
        return JSON.parse(records.get(k)!);
      },
    };
    return { memo, stats };
  };

  it('gives the report of a run without one, and a second run computes nothing', async () => {
    const input = cleanDataset(10);
    const leaky = input.prompts.map((p, i) => (i === 0 ? { ...p, text: `${p.text} Mail ops@acme-corp.io.` } : p));
    const withSecret = { ...input, prompts: leaky };
    const { memo, stats } = mapMemo();
    const plain = JSON.stringify(await runQualityGates(withSecret, { secrets: { policy: 'redact' } }));
    expect(JSON.stringify(await runQualityGates(withSecret, { secrets: { policy: 'redact' } }, memo))).toBe(plain);
    expect(stats.computed).toBeGreaterThan(input.examples.length);
    stats.computed = 0;
    expect(JSON.stringify(await runQualityGates(withSecret, { secrets: { policy: 'redact' } }, memo))).toBe(plain);
    expect(stats.computed).toBe(0);
  });

  it('uses near-duplicate pairs it is given instead of computing them', async () => {
    const input = cleanDataset(10);
    const [a, b] = input.scenes.map((s) => s.templateId);
    const report = await runQualityGates({ ...input, nearPairs: [{ a: a!, b: b!, similarity: 0.9 }] });
    expect(report.duplicates.nearGroups).toEqual([[a, b]]);
    expect(report.findings.map((f) => f.rule)).toContain('DEDUP_NEAR_DUPLICATE_CODE');
  });
});
