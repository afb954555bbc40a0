import type { Config } from 'jest';

/** The web app's own checks that need no browser (locale completeness, pure helpers). */
const config: Config = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: { '^@banshishi/(workflow|contracts)$': '<rootDir>/../../libs/$1/src/index.ts' },
};

export default config;
