import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const Settings = z.object({
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65_535),
  dir: z.string().min(1),
  token: z.string().min(16, 'use a token of at least 16 characters').nullable(),
  readToken: z.string().min(16, 'use a token of at least 16 characters').nullable(),
  maxEntryMb: z.coerce.number().positive(),
});
export type ServerSettings = z.infer<typeof Settings>;

const ENV_NAMES: Record<keyof ServerSettings, string> = {
  host: 'CACHE_SERVER_HOST',
  port: 'CACHE_SERVER_PORT',
  dir: 'CACHE_SERVER_DIR',
  token: 'CACHE_SERVER_TOKEN',
  readToken: 'CACHE_SERVER_READ_TOKEN',
  maxEntryMb: 'CACHE_SERVER_MAX_ENTRY_MB',
};

/**
 * Settings from `CACHE_SERVER_*` env, with `--host`, `--port` and `--dir` flags taking precedence.
 * Tokens come from env only: a command line is visible to every user of the machine.
 */
export function readSettings(env: NodeJS.ProcessEnv, argv: string[], cwd: string): ServerSettings {
  const { values } = parseArgs({ args: argv, options: { host: { type: 'string' }, port: { type: 'string' }, dir: { type: 'string' } }, strict: true });
  const parsed = Settings.safeParse({
    host: values.host ?? env[ENV_NAMES.host] ?? '127.0.0.1',
    port: values.port ?? env[ENV_NAMES.port] ?? 3030,
    dir: resolve(cwd, values.dir ?? env[ENV_NAMES.dir] ?? '.cache/nx-remote-cache'),
    token: env[ENV_NAMES.token] || null,
    readToken: env[ENV_NAMES.readToken] || null,
    maxEntryMb: env[ENV_NAMES.maxEntryMb] ?? 512,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0] as keyof ServerSettings;
    throw new Error(`${ENV_NAMES[key] ?? String(key)}: ${issue.message}`);
  }
  return parsed.data;
}
