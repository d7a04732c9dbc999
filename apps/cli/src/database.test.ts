import { afterEach, describe, expect, it } from 'vitest';
import { openTemplateDatabase } from './database';

const PASSWORD = 's3cret-pw';
afterEach(() => delete process.env['DATABASE_URL']);

async function failureOf(url: string): Promise<Error> {
  process.env['DATABASE_URL'] = url;
  const error = await openTemplateDatabase('unused').then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('a malformed DATABASE_URL', () => {
  it.each([
    [`postgres://reader:${PASSWORD}@127.0.0.1:99999/app`, /^DATABASE_URL is not a valid URL: its port is not a number from 1 to 65535/],
    [`postgres://reader:${PASSWORD}@db.internal:54x2/app`, /^DATABASE_URL is not a valid URL: its port/],
    [`postgres://reader:${PASSWORD}@[::1/app`, /^DATABASE_URL is not a valid URL \(expected postgres:/],
    [`reader:${PASSWORD}@db.internal/app`, /^DATABASE_URL is not a (valid|PostgreSQL) URL/],
    [`db.internal:5432/app`, /^DATABASE_URL is not a (valid|PostgreSQL) URL/],
    [`mysql://reader:${PASSWORD}@db.internal/app`, /^DATABASE_URL is not a PostgreSQL URL/],
  ])('%s is one line naming the problem, without the password', async (url, message) => {
    const error = await failureOf(url);
    expect(error.name).toBe('DatabaseError');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).not.toContain('\n');
  });

  it('a file the URL names that cannot be read is a connection error, not a stack', async () => {
    const error = await failureOf(`postgres://reader:${PASSWORD}@127.0.0.1/app?ssl=1&sslcert=/nonexistent/cert.pem`);
    expect(error.name).toBe('DatabaseError');
    expect(error.message).toMatch(/^cannot connect to the database in DATABASE_URL: ENOENT/);
    expect(error.message).not.toContain(PASSWORD);
  });
});
