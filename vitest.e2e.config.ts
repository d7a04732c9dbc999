import { defineConfig } from 'vitest/config';

// End-to-end suites run Nx in temporary workspace copies: slow, so they run one file at a time.
export default defineConfig({
  test: {
    include: ['apps/e2e/src/**/*.e2e.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
