// Mutation testing (npm run mutation): plants small bugs in the code that decides what villagers
// see, and counts how many the tests catch. Incremental: a rerun only tests mutants whose code or
// tests changed (reports/stryker-incremental.json, committed so a rerun anywhere starts from it).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/domain/**/*.ts',
    'src/shares.ts',
    'src/routes.ts',
    'src/settings/**/*.ts',
    'src/settings/**/*.tsx',
    'scripts/content/validate-report.mjs',
    'scripts/content/validate-benefits.mjs',
    'scripts/lib/privacy-scan.mjs',
  ],
  // The project's Babel config (babel-preset-taro) turns on legacy decorators; Stryker's default
  // parser plugins add the modern ones, and Babel refuses both.
  mutator: { plugins: [] },
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: 90 },
  tempDirName: '.stryker-tmp',
  // The builds and screenshots are not what the unit suite reads; copying them into the sandbox is
  // slow and races a build running beside it.
  ignorePatterns: ['dist', 'docs/screenshots', '.taro-cache'],
  warnings: { preprocessorErrors: false },
}
