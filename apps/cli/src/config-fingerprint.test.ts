import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_PATH } from '@dataset/config';

const SCRIPT = resolve(import.meta.dirname, '../bin/config-fingerprint.mjs');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspaceWith(config: unknown, at = DEFAULT_CONFIG_PATH): string {
  const root = mkdtempSync(join(tmpdir(), 'config-fingerprint-'));
  dirs.push(root);
  mkdirSync(join(root, at, '..'), { recursive: true });
  writeFileSync(join(root, at), typeof config === 'string' ? config : JSON.stringify(config));
  return root;
}

function digest(root: string, fields: string[], env: Record<string, string> = {}): string {
  const { DATASET_CONFIG: _unset, ...rest } = process.env;
  return execFileSync(process.execPath, [SCRIPT, ...fields], { cwd: root, env: { ...rest, ...env }, encoding: 'utf8' }).trim();
}

const base = { seed: 1, systemPrompt: 'S', tag: 'v1', checks: { dedup: { threshold: 0.9 }, tokens: { maxTokensPerExample: 100 } } };

describe('config-fingerprint (runtime input of the stages that read only config fields)', () => {
  it('changes with a field the stage reads, nested ones included', () => {
    const before = digest(workspaceWith(base), ['checks.dedup']);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(digest(workspaceWith({ ...base, checks: { ...base.checks, dedup: { threshold: 0.8 } } }), ['checks.dedup'])).not.toBe(before);
    expect(digest(workspaceWith({ ...base, seed: 2 }), ['seed', 'systemPrompt'])).not.toBe(digest(workspaceWith(base), ['seed', 'systemPrompt']));
  });

  it('stays the same when only other fields or the key order change', () => {
    const before = digest(workspaceWith(base), ['checks.dedup']);
    expect(digest(workspaceWith({ ...base, seed: 7, checks: { ...base.checks, tokens: { maxTokensPerExample: 5 } } }), ['checks.dedup'])).toBe(before);
    const reordered = { checks: { tokens: base.checks.tokens, dedup: base.checks.dedup }, tag: 'v1', systemPrompt: 'S', seed: 1 };
    expect(digest(workspaceWith(reordered), ['checks'])).toBe(digest(workspaceWith(base), ['checks']));
  });

  it('tells a field from its absence and reads the config DATASET_CONFIG names, else the default path', () => {
    const { checks: _checks, ...withoutChecks } = base;
    expect(digest(workspaceWith(withoutChecks), ['checks'])).not.toBe(digest(workspaceWith(base), ['checks']));
    const elsewhere = workspaceWith(base, 'configs/other.json');
    expect(digest(elsewhere, ['seed'], { DATASET_CONFIG: 'configs/other.json' })).toBe(digest(workspaceWith(base), ['seed']));
  });

  it('fails naming the config file when it is not JSON', () => {
    const root = workspaceWith('{ "seed": ');
    expect(() => execFileSync(process.execPath, [SCRIPT, 'seed'], { cwd: root, env: { PATH: process.env['PATH'] ?? '' }, stdio: 'pipe' })).toThrow(
      /dataset\.config\.json: cannot read the dataset config/,
    );
  });
});
