import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Builds the sample site (at the root and under /cchc/) once for the built-HTML and browser tests.
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: browser tests and builds compete for them.
    maxWorkers: 2,
  },
});
