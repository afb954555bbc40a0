import type { Config } from 'jest';
import { apiJestBase } from './jest.shared';

/** The API's integration specs: the real Nest app over HTTP against a real PostgreSQL (a fresh database per file). */
const config: Config = {
  ...apiJestBase,
  displayName: 'api-int',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/jest-timeout.ts'],
  // Not instrumented for coverage (`npm test` runs with --coverage): the threshold is on libs/workflow, which its own
  // specs cover (≥ 95 % of lines by themselves), and istanbul's counters only slowed every request these tests make.
  coveragePathIgnorePatterns: ['/'],
};

export default config;
