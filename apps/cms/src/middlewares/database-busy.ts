import type { Core } from '@strapi/strapi';

/**
 * A write that cannot get the database in time (every connection busy for longer than
 * DATABASE_CONNECTION_TIMEOUT, or a lock held by another process past SQLite's busy timeout) is
 * answered at once with 503 and a message staff can read in the admin, in Strapi's error shape,
 * instead of the 500 (after a minute) the raw error would become. The write's transaction has been
 * rolled back by then: nothing of it is saved, and trying again is safe.
 */

export const DATABASE_BUSY_MESSAGE =
  'Il database è occupato in questo momento: la modifica non è stata salvata. Riprova tra qualche secondo. ' +
  '(The database is busy right now: the change was not saved. Try again in a few seconds.)';

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/** PostgreSQL: lock not available, serialization failure, deadlock detected. */
const POSTGRES_BUSY = new Set(['55P03', '40001', '40P01']);

export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { name, code, cause } = error as { name?: unknown; code?: unknown; cause?: unknown };
  // Knex's error when no connection was free within acquireConnectionTimeout.
  if (name === 'KnexTimeoutError') return true;
  // better-sqlite3's SqliteError: SQLITE_BUSY (and its extended codes) once the busy timeout ran out.
  if (typeof code === 'string' && (/^SQLITE_(BUSY|LOCKED)/.test(code) || POSTGRES_BUSY.has(code))) return true;
  return isDatabaseBusy(cause, depth + 1);
}

const databaseBusy: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      strapi.log.warn(`Database busy: ${ctx.method} ${ctx.path} answered 503 (${error instanceof Error ? error.message : String(error)})`);
      ctx.status = 503;
      ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: DATABASE_BUSY_MESSAGE, details: {} } };
    }
  };

export default databaseBusy;
