const transform = { '^.+\\.tsx?$': ['@swc/jest'] };

/**
 * Two projects: `unit` (src/**\/*.test.ts, pure functions, no Strapi: `npm run test:unit`) and
 * `strapi` (tests/, against one real Strapi per run, SQLite by default, PostgreSQL with
 * DATABASE_CLIENT=postgres). `npm test` runs both; the Strapi is started only when a test of the
 * `strapi` project runs.
 * @type {import('jest').Config}
 */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      transform,
    },
    {
      displayName: 'strapi',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      transform,
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
