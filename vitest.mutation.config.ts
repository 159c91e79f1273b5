import { defineConfig } from 'vitest/config';

/**
 * Vitest for mutation runs (`npm run mutation`, see scripts/mutation.ts and docs/mutation.md): unit
 * tests only. No global setup (nothing builds the site) and no browser. `MUTATION_TESTS` (comma-
 * separated globs) narrows the run to the tests of one module group; it is set by scripts/mutation.ts
 * rather than passed as Stryker's `--testFiles`, which in Stryker 10.1 turns off the activation of
 * mutants in module-level code (they would all be reported as survivors).
 */
const chosen = process.env.MUTATION_TESTS?.split(',').map((glob) => glob.trim()).filter(Boolean);

export default defineConfig({
  test: {
    environment: 'node',
    include: chosen?.length ? chosen : ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
