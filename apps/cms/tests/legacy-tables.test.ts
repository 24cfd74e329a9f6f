import Database from 'better-sqlite3';
import { Client } from 'pg';
import { TEST_ADMIN, logIn, request } from './support/admin-api';
import { TEST_SECRETS, startCms, stopCms, type RunningCms } from './support/cms-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * A database made before the publication schedules and the Italian-text changes were content
 * types has them in two tables of our own. At start the CMS moves their rows into the content
 * types and drops the old tables: staff find their pending schedules where they left them.
 */
const PAGE = 'api::page.page';
const RUN_AT = Date.UTC(2031, 0, 15, 9, 0);
const CHANGED_AT = Date.UTC(2026, 5, 1, 8, 0);

const LEGACY_DDL = [
  `CREATE TABLE welfare_italian_text_changes (content_type varchar(255) NOT NULL, document_id varchar(255) NOT NULL, changed_at bigint NOT NULL, PRIMARY KEY (content_type, document_id))`,
  `CREATE TABLE welfare_publication_schedules (id integer PRIMARY KEY, content_type varchar(255) NOT NULL, document_id varchar(255) NOT NULL, locale varchar(16) NOT NULL,
     action varchar(16) NOT NULL, run_at bigint NOT NULL, status varchar(16) NOT NULL DEFAULT 'pending', claimed_by varchar(64), claimed_at bigint, error text,
     created_by integer, created_at bigint NOT NULL)`,
  `INSERT INTO welfare_italian_text_changes VALUES ('${PAGE}', 'legacy-page', ${CHANGED_AT})`,
  `INSERT INTO welfare_publication_schedules (id, content_type, document_id, locale, action, run_at, status, created_by, created_at)
     VALUES (1, '${PAGE}', 'legacy-page', 'ar', 'publish', ${RUN_AT}, 'pending', 1, ${CHANGED_AT}),
            (2, '${PAGE}', 'legacy-page', 'it', 'unpublish', ${RUN_AT - 86_400_000}, 'done', NULL, ${CHANGED_AT})`,
];

/** Runs SQL on the test database directly, as the old CMS would have left it. */
async function sql<T = Record<string, unknown>>(database: TestDatabase, statements: string[]): Promise<T[]> {
  let rows: T[] = [];
  if (database.client === 'sqlite') {
    const db = new Database(database.env.DATABASE_FILENAME);
    try {
      for (const statement of statements) {
        const prepared = db.prepare(statement);
        rows = prepared.reader ? (prepared.all() as T[]) : (prepared.run(), []);
      }
    } finally {
      db.close();
    }
    return rows;
  }
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    for (const statement of statements) rows = (await client.query(statement)).rows as T[];
  } finally {
    await client.end();
  }
  return rows;
}

describe('the two tables of our own, from before they were content types', () => {
  let database: TestDatabase;
  let cms: RunningCms | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    await sql(database, LEGACY_DDL);
    cms = await startCms({
      ...database.env,
      NODE_ENV: 'test',
      ...TEST_SECRETS,
      SEED_DEMO_CONTENT: 'false',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      CRON_ENABLED: 'false',
    });
  }, 300_000);

  afterAll(async () => {
    if (cms) await stopCms(cms.child);
    await database?.drop();
  });

  it('moves their rows into the content types and drops them', async () => {
    if (!cms) throw new Error('the CMS did not start');
    const jwt = await logIn(undefined, undefined, cms.url);
    const listed = await request<{
      data: Array<{ locale: string; action: string; status: string; runAt: string; createdBy: number | null }>;
    }>('GET', `/publication-schedules?contentType=${PAGE}&documentId=legacy-page`, { token: jwt, baseUrl: cms.url });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      {
        id: expect.any(Number),
        contentType: PAGE,
        documentId: 'legacy-page',
        locale: 'ar',
        action: 'publish',
        runAt: new Date(RUN_AT).toISOString(),
        status: 'pending',
        error: null,
        createdBy: 1,
      },
      {
        id: expect.any(Number),
        contentType: PAGE,
        documentId: 'legacy-page',
        locale: 'it',
        action: 'unpublish',
        runAt: new Date(RUN_AT - 86_400_000).toISOString(),
        status: 'done',
        error: null,
        createdBy: null,
      },
    ]);

    const changes = await sql<{ entry_document_id: string; changed_at: string | number }>(database, [
      'SELECT entry_document_id, changed_at FROM italian_text_changes',
    ]);
    expect(changes.map((row) => [row.entry_document_id, Number(row.changed_at)])).toEqual([['legacy-page', CHANGED_AT]]);

    const tables = await sql<{ name: string }>(database, [
      database.client === 'sqlite'
        ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('welfare_publication_schedules', 'welfare_italian_text_changes')`
        : `SELECT table_name AS name FROM information_schema.tables WHERE table_name IN ('welfare_publication_schedules', 'welfare_italian_text_changes')`,
    ]);
    expect(tables).toEqual([]);
  });
});
