/**
 * Run-level failures that are the machine's, not the input's: a command reports them with an install hint
 * and its own exit code. Apart from the checker so that every command can tell them apart without loading it.
 */
export const INSTALL_PYTHON_HINT =
  'Install CPython 3.10 or newer (Debian/Ubuntu: `apt-get install python3`; macOS: `brew install python`), ' +
  'or point MANIM_PYTHON at an interpreter.';

/** The run cannot check Python at all: a problem with the machine, not with any example. */
export class PythonUnavailableError extends Error {
  constructor(detail: string) {
    super(`${detail}. ${INSTALL_PYTHON_HINT}`);
    this.name = 'PythonUnavailableError';
  }
}

/** The render environment cannot be set up: a system library or tool is missing (the message says which). */
export class RenderEnvironmentError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'RenderEnvironmentError';
  }
}
