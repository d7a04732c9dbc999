import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{libs,apps}/*/src/**/*.test.ts'],
    // Far above any test's time on a loaded 2-core machine: no test may fail because the machine is slow.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
