import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Compiles lib/ when stale (for the tests that run bin/regioruimte.js), then builds and serves the
    // site for test/browser (skipped when only other tests are selected).
    globalSetup: ['test/compile-setup.ts', 'test/browser/global-setup.ts'],
  },
});
