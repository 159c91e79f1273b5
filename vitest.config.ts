import { defineConfig } from 'vitest/config';

const DEV_SERVER_TESTS = ['tests/build/dev-drafts.test.ts', 'tests/build/offline-dev.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: browser tests and builds compete for them.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: DEV_SERVER_TESTS,
          // Builds the sample site (at the root and under /cchc/) once for the built-HTML and browser tests.
          globalSetup: ['tests/helpers/global-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // `astro dev` watches the project's .astro/ folder, which builds of other content folders
        // rewrite: it runs alone, after everything else.
        extends: true,
        // One dev server per project at a time: the files run one after the other.
        test: { name: 'dev-server', include: DEV_SERVER_TESTS, sequence: { groupOrder: 1 }, fileParallelism: false },
      },
    ],
  },
});
