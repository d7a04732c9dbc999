/** A quality gate refused (an error-level finding, a secret under `fail`): the run stops and nothing is published. */
export class GateError extends Error {
  override name = 'GateError';
}
