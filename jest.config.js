/**
 * Three projects, one `jest` run (`npm test` runs them all):
 * - unit: pure code, no servers;
 * - workflow: Temporal's time-skipping test server (test/support/time-skipping-env.ts);
 * - integration (and e2e): ONE real PostgreSQL and ONE real Temporal dev server for the whole run,
 *   started by test/support/global-setup.ts, reached through DATABASE_URL / TEMPORAL_ADDRESS.
 * maxWorkers 1: the server tests share those servers and 2 cores; unit tests are fast anyway.
 * @type {import('jest').Config}
 */
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
};

module.exports = {
  maxWorkers: 1,
  // One worker process, recycled between test files once its heap passes this: a single in-band process keeps
  // every file's modules and grew past Node's default heap over the whole suite. Servers are shared through
  // the environment that global-setup sets, which each new worker inherits.
  workerIdleMemoryLimit: '1536MB',
  // Jest applies testTimeout from the root config only (a project's own value is ignored).
  testTimeout: 120_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...base, displayName: 'workflow', testMatch: ['<rootDir>/test/workflow/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
