/**
 * Thrown for run-level database failures, as one line; the message never contains the connection string.
 * A module of its own so that the embedded loader can throw it without loading the `pg` driver.
 */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}
