// StrykerJS settings for `npm run mutation` (scripts/mutation.ts runs Stryker once per module group
// and chooses `mutate` and the tests). Results, and what the surviving mutants mean: docs/mutation.md.

/** Reports and the incremental file of a run; git-ignored. scripts/mutation.ts sets one per group. */
const reportDir = process.env.MUTATION_REPORT_DIR ?? 'reports/mutation/all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Only the sources and unit tests are copied into Stryker's sandbox: no built sites, pages,
  // images, bench output or reports (and a build running beside it cannot make the copy fail).
  ignorePatterns: [
    '/*',
    '!/src',
    '!/scripts',
    '!/tests',
    '!/package.json',
    '!/tsconfig.json',
    '!/content',
    '!/vitest.mutation.config.ts',
    '/src/pages',
    '/src/components',
    '/src/layouts',
    '/src/styles',
    '/tests/browser',
    '/tests/built',
    '/tests/quality',
    '/tests/build',
  ],
  // Two cores, shared with builds and browsers: at most one test process per core.
  concurrency: 2,
  coverageAnalysis: 'perTest',
  // A second run tests only the mutants whose code or covering tests changed (`--force`: all).
  incremental: true,
  incrementalFile: `${reportDir}/stryker-incremental.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Generous: on two shared cores a reloaded test file can take many seconds, and a run cut short
  // would count as a detected mutant ("Timeout") without any test having failed.
  timeoutMS: 60_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 85, low: 70, break: null },
};
