/** Three projects: fast unit tests, LibreOffice recalculation, Chromium end-to-end. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.jest.json' }];
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
