import type { Config } from 'jest';
import { apiJestBase } from './jest.shared';

/** The API's unit specs: pure logic, no database. */
const config: Config = { ...apiJestBase, displayName: 'api', testMatch: ['<rootDir>/src/**/*.spec.ts'] };

export default config;
