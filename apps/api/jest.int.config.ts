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
};

export default config;
