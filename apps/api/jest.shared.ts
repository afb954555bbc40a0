import type { Config } from 'jest';

/** What the API's unit and integration jest projects share. */
export const apiJestBase: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: { '^@banshishi/(workflow|contracts)$': '<rootDir>/../../libs/$1/src/index.ts' },
};
