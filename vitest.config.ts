import { defineConfig } from 'vitest/config';
import LongFirstSequencer from './test/sequencer.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, which on the 2-core CI machine is one:
    // every file ran after the other. The browser and database files spend much of their time
    // waiting on Chromium or PGlite, so two workers keep both cores busy.
    maxWorkers: 2,
    // Files in one worker share its module cache instead of importing src/ (and exceljs, zod,
    // graphology, the goal model) afresh for every file: about a tenth of the suite's CPU on this
    // machine. Tests must therefore restore what they change (spies, environment variables).
    isolate: false,
    sequence: { sequencer: LongFirstSequencer },
    // Compiles lib/ when stale (for the tests that run bin/regioruimte.js), then builds and serves the
    // site for test/browser (skipped when only other tests are selected).
    globalSetup: ['test/compile-setup.ts', 'test/browser/global-setup.ts'],
  },
});
