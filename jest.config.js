/** Three projects: fast unit tests, LibreOffice recalculation, Chromium end-to-end. */
/**
 * swc translates TypeScript and JSX without checking types (npm test runs tsc once over src, test and scripts). With
 * empty caches the unit tests took 75.6 s and 143 s of CPU this way, 81.6 s and 155 s with ts-jest.
 */
const tsJest = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2020',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      testPathIgnorePatterns: ['/test/e2e/', '\\.lo\\.test\\.ts$'],
    },
    {
      displayName: 'libreoffice',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/support/libreOfficeRun.ts',
      globalTeardown: '<rootDir>/test/support/libreOfficeRunEnd.ts',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.lo.test.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/e2e/sharedRun.ts',
      globalTeardown: '<rootDir>/test/e2e/sharedRunEnd.ts',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
