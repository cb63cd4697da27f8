// Two projects: node-side tests (emulator, functions through the host) and
// miniprogram-simulate tests of the real weapp build (jsdom).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }];
const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@core/(.*)$': '<rootDir>/core/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.functions/', '/tests/e2e/'],
};
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{core,local,cloudfunctions,tests}/**/*.test.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '/tests/simulate/'],
    },
    {
      ...shared,
      displayName: 'simulate',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/simulate/**/*.test.ts'],
      snapshotSerializers: ['miniprogram-simulate/jest-snapshot-plugin'],
    },
  ],
};
