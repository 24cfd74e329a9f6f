import { temporaryDatabase, type TemporaryDatabase } from '@welfare/test-support/temporary-database';

/** A throw-away database for one test run: a SQLite file, or a fresh PostgreSQL database (DATABASE_CLIENT=postgres). */
export type TestDatabase = TemporaryDatabase;

export const createTestDatabase = (): Promise<TestDatabase> =>
  temporaryDatabase({ sqlitePrefix: 'welfare-cms-test-', postgresPrefix: 'welfare_test' });
