import type { Core } from '@strapi/strapi';
import { PAGES_SHOWN, ratingSummary } from './summary-query';

/**
 * The admin's rating summary, computed by a real database (SQLite in memory, through the knex Strapi
 * uses; TEST_SUMMARY_POSTGRES_URL adds PostgreSQL): over every rating, however many.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const knexFactory = require(require.resolve('knex', { paths: [require.resolve('@strapi/database')] })) as (
  config: object,
) => Core.Strapi['db']['connection'];

const TABLE = 'summary_test_page_ratings';
const databases: Array<[string, object]> = [
  ['SQLite', { client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true }],
];
if (process.env.TEST_SUMMARY_POSTGRES_URL)
  databases.push(['PostgreSQL', { client: 'pg', connection: process.env.TEST_SUMMARY_POSTGRES_URL }]);

describe.each(databases)('the page-rating summary on %s', (_, config) => {
  it('counts every rating, keeps the latest comments, and shows the worst pages first, bounded', async () => {
    const knex = knexFactory(config);
    try {
      await knex.schema.dropTableIfExists(TABLE);
      await knex.schema.createTable(TABLE, (table) => {
        table.increments('id');
        table.text('path');
        table.string('page_locale');
        table.integer('score');
        table.string('reason');
        table.text('comment');
        table.datetime('created_at');
      });
      const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));
      const rows: Array<Record<string, unknown>> = [
        { path: '/ar/services/a', page_locale: 'ar', score: 1, reason: 'lost', comment: 'غير واضح', created_at: at(0) },
        { path: '/ar/services/a', page_locale: 'ar', score: 2, reason: 'unclear', comment: '', created_at: at(1) },
      ];
      // 1500 newer ratings of one page: more than the admin used to read.
      for (let index = 0; index < 1500; index += 1)
        rows.push({
          path: '/it/services/a',
          page_locale: 'it',
          score: index % 2 ? 5 : 4,
          reason: 'clear',
          comment: index % 500 === 0 ? `commento ${index}` : null,
          created_at: at(10 + index),
        });
      for (let page = 0; page < PAGES_SHOWN + 5; page += 1)
        rows.push({ path: `/en/p/${page}`, page_locale: 'en', score: 3, reason: 'other-low', comment: null, created_at: at(5000) });
      for (let start = 0; start < rows.length; start += 100) await knex(TABLE).insert(rows.slice(start, start + 100));

      const strapi = {
        db: {
          connection: knex,
          metadata: {
            get: () => ({
              tableName: TABLE,
              attributes: { pageLocale: { columnName: 'page_locale' }, createdAt: { columnName: 'created_at' } },
            }),
          },
        },
      } as unknown as Core.Strapi;
      const summary = await ratingSummary(strapi);
      expect(summary.totalRatings).toBe(rows.length);
      expect(summary.totalPages).toBe(PAGES_SHOWN + 7);
      expect(summary.pages).toHaveLength(PAGES_SHOWN);
      expect(summary.pages[0]).toEqual({
        path: '/ar/services/a',
        locale: 'ar',
        count: 2,
        average: 1.5,
        reasons: { lost: 1, unclear: 1 },
        comments: ['غير واضح'],
      });
      // The best page is beyond the 100 worst.
      expect(summary.pages.some((page) => page.path === '/it/services/a')).toBe(false);

      await knex(TABLE).where('page_locale', 'en').delete();
      const busy = (await ratingSummary(strapi)).pages.find((page) => page.path === '/it/services/a');
      expect(busy).toEqual({
        path: '/it/services/a',
        locale: 'it',
        count: 1500,
        average: 4.5,
        reasons: { clear: 1500 },
        comments: ['commento 1000', 'commento 500', 'commento 0'],
      });
    } finally {
      await knex.schema.dropTableIfExists(TABLE);
      await knex.destroy();
    }
  });
});
