import type { Config } from 'jest';

/** Browser tests: the built app on a fresh database, driven in Debian's Chromium as a worker, a cadre and a leader. */
const config: Config = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/support/jest-timeout.ts'],
  // Never instrumented for coverage (`npm test` runs with --coverage): functions handed to page.evaluate run in the
  // browser, where istanbul's counters do not exist.
  coveragePathIgnorePatterns: ['<rootDir>/'],
};

export default config;
