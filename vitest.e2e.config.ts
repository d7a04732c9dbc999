import { defineConfig } from 'vitest/config';

// End-to-end suites run Nx in temporary workspace copies: slow, so they run one file at a time.
export default defineConfig({
  test: {
    include: ['apps/e2e/src/**/*.e2e.ts'],
    // A demo build with rendering takes ~2 min here; ten times that must still pass on a loaded machine.
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
    fileParallelism: false,
  },
});
