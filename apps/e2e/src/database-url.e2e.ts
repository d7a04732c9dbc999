import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempWorkspace, runNx, type TempWorkspace } from '@dataset/harness';

/** What a person sees when DATABASE_URL is malformed: one line saying what is wrong, and never the password. */
describe('a malformed DATABASE_URL', () => {
  let ws: TempWorkspace;
  beforeAll(() => {
    ws = createTempWorkspace();
  });
  afterAll(() => ws?.remove());

  it.each([
    ['a port past 65535', 'postgres://reader:hunter2-secret@127.0.0.1:99999/app', 'DATABASE_URL is not a valid URL: its port is not a number from 1 to 65535'],
    ['no URL at all', 'reader hunter2-secret db.internal', 'DATABASE_URL is not a valid URL'],
  ])('(%s) fails raw with one line and no stack, never echoing the password', (_what, url, message) => {
    const run = runNx(ws.root, ['run', 'dataset:raw'], { DATABASE_URL: url });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`error: ${message}`);
    expect(run.output).not.toContain('hunter2-secret');
    expect(run.output).not.toMatch(/TypeError|\n\s+at /);
  });
});
