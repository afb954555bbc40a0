import type { Config } from 'jest';

/** `npm test`: every jest project of the workspace in one run, with one summary. */
const config: Config = {
  projects: [
    '<rootDir>/libs/workflow/jest.config.ts',
    '<rootDir>/apps/api/jest.config.ts',
    '<rootDir>/apps/api/jest.int.config.ts',
    '<rootDir>/apps/web/jest.config.ts',
    '<rootDir>/apps/web-e2e/jest.config.ts',
  ],
  coverageReporters: ['text-summary', 'lcov'],
  // The workflow rules are the heart of the product: keep them fully exercised.
  coverageThreshold: { global: {}, './libs/workflow/src/': { lines: 95 } },
};

export default config;
