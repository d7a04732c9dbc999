import { InputError } from '@dataset/domain';
import { PythonUnavailableError, RenderEnvironmentError } from '@dataset/manim/errors';

/**
 * Runs a command's body and turns run-level failures into a message and an exit code: 1 for bad input
 * (named file, line, field), 2 for a missing tool. Anything else is a bug and keeps its stack.
 */
export async function runCommand(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`${name}: ${error.message}`);
      process.exitCode = 1;
    } else if (error instanceof PythonUnavailableError || error instanceof RenderEnvironmentError) {
      console.error(`${name}: ${error.message}`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}

/** A progress line that rewrites itself on a terminal and stays silent in logs (CI, Nx caches). */
export function progressLine(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    process.stderr.write(`\r${label}: ${percent}%${percent === 100 ? '\n' : ''}`);
  };
}
