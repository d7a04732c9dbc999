import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The end-to-end run of the Manim graph: slow (it runs Nx in a copy of the workspace), so kept apart. */
export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['apps/manim/e2e/**/*.test.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
  },
});
