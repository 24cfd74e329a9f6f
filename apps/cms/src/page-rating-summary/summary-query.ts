import type { Core } from '@strapi/strapi';
import type { RatingSummary, Summary } from '../admin/rating-summary';

/**
 * The summary of citizens' page ratings, computed by the database over every rating (not the
 * latest few hundred rows, which a flood on one page would push the others out of): per page and
 * language, how many, the average score, how often each reason was given and the latest comments.
 * Bounded: the PAGES_SHOWN pages with the lowest average (then the most ratings), and the totals.
 */
export const PAGES_SHOWN = 100;
const LATEST_COMMENTS = 3;
const UID = 'api::page-rating.page-rating';

interface Columns {
  table: string;
  path: string;
  locale: string;
  score: string;
  reason: string;
  comment: string;
  createdAt: string;
}

function columns(strapi: Core.Strapi): Columns {
  const meta = strapi.db.metadata.get(UID) as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const column = (name: string) => meta.attributes[name]?.columnName ?? name;
  return {
    table: meta.tableName,
    path: column('path'),
    locale: column('pageLocale'),
    score: column('score'),
    reason: column('reason'),
    comment: column('comment'),
    createdAt: column('createdAt'),
  };
}

const pageKey = (path: string, locale: string) => `${locale} ${path}`;

export async function ratingSummary(strapi: Core.Strapi): Promise<RatingSummary> {
  const c = columns(strapi);
  const knex = strapi.db.connection;
  const ratings = (await knex(c.table).count({ count: '*' }).first()) as { count: number | string } | undefined;
  const pages = (await knex
    .count({ count: '*' })
    .from(knex(c.table).select(c.path, c.locale).groupBy(c.path, c.locale).as('pages'))
    .first()) as { count: number | string } | undefined;
  const pageRows = (await knex(c.table)
    .select({ path: c.path, locale: c.locale })
    .count({ count: '*' })
    .avg({ average: c.score })
    .groupBy(c.path, c.locale)
    .orderBy([{ column: 'average', order: 'asc' }, { column: 'count', order: 'desc' }, { column: 'path' }, { column: 'locale' }])
    .limit(PAGES_SHOWN)) as Array<{ path: string; locale: string; count: number | string; average: number | string }>;

  const summaries = new Map<string, Summary>();
  for (const row of pageRows) {
    summaries.set(pageKey(row.path, row.locale), {
      path: row.path,
      locale: row.locale,
      count: Number(row.count),
      average: Number(row.average),
      reasons: {},
      comments: [],
    });
  }
  const paths = [...new Set(pageRows.map((row) => row.path))];
  if (paths.length > 0) {
    const reasonRows = (await knex(c.table)
      .select({ path: c.path, locale: c.locale, reason: c.reason })
      .count({ count: '*' })
      .whereIn(c.path, paths)
      .groupBy(c.path, c.locale, c.reason)
      .orderBy([{ column: 'count', order: 'desc' }, { column: 'reason' }])) as Array<{
      path: string;
      locale: string;
      reason: string;
      count: number | string;
    }>;
    for (const row of reasonRows) {
      const summary = summaries.get(pageKey(row.path, row.locale));
      if (summary) summary.reasons[row.reason] = Number(row.count);
    }
    // The latest comments of each page: a window function, in SQLite (3.25+) and PostgreSQL alike.
    const latest = knex(c.table)
      .select({ path: c.path, locale: c.locale, comment: c.comment })
      .select(
        knex.raw('row_number() over (partition by ??, ?? order by ?? desc, ?? desc) as position', [c.path, c.locale, c.createdAt, 'id']),
      )
      .whereIn(c.path, paths)
      .whereNotNull(c.comment)
      .whereNot(c.comment, '')
      .as('latest');
    const commentRows = (await knex
      .select('path', 'locale', 'comment')
      .from(latest)
      .where('position', '<=', LATEST_COMMENTS)
      .orderBy([{ column: 'path' }, { column: 'locale' }, { column: 'position' }])) as Array<{
      path: string;
      locale: string;
      comment: string;
    }>;
    for (const row of commentRows) summaries.get(pageKey(row.path, row.locale))?.comments.push(row.comment);
  }
  return { totalRatings: Number(ratings?.count ?? 0), totalPages: Number(pages?.count ?? 0), pages: [...summaries.values()] };
}
