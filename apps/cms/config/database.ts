import path from 'node:path';
import type { Core } from '@strapi/strapi';

const APP_ROOT = path.resolve(__dirname, '..', '..');

/**
 * How long a query waits for a database connection before it fails. Every query of a write joins
 * the write's transaction, so nothing waits for a connection its own request holds; a wait this
 * long means the database is overloaded, and the request fails fast with a 503 (middleware
 * database-busy) instead of after Knex's default minute.
 */
const DEFAULT_ACQUIRE_TIMEOUT_MS = 10_000;
/** How long SQLite waits for another process's lock (a backup, `npm run seed`) before SQLITE_BUSY. */
const DEFAULT_SQLITE_BUSY_TIMEOUT_MS = 5_000;

interface SqliteNativeConnection {
  pragma(source: string): unknown;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false) && {
      rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
    };
    // DATABASE_URL, when set, wins over the DATABASE_* parts.
    const databaseUrl = env('DATABASE_URL', '');
    const url = databaseUrl ? new URL(databaseUrl) : undefined;
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: url ? url.hostname : env('DATABASE_HOST', '127.0.0.1'),
          port: url?.port ? Number(url.port) : env.int('DATABASE_PORT', 5432),
          database: url ? decodeURIComponent(url.pathname.slice(1)) : env('DATABASE_NAME', 'welfare'),
          user: url ? decodeURIComponent(url.username) : env('DATABASE_USERNAME', 'postgres'),
          password: url ? decodeURIComponent(url.password) : env('DATABASE_PASSWORD', ''),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', DEFAULT_ACQUIRE_TIMEOUT_MS),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  }

  const busyTimeout = env.int('DATABASE_BUSY_TIMEOUT', DEFAULT_SQLITE_BUSY_TIMEOUT_MS);
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(APP_ROOT, env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      // Knex gives SQLite one connection (writes are serialized in the process); Strapi runs its own
      // per-connection set-up first (foreign keys on), then this.
      pool: {
        afterCreate(native: unknown, done: (error?: Error, connection?: unknown) => void) {
          const connection = native as SqliteNativeConnection;
          try {
            // Write-ahead logging: readers in other processes (backup, coverage, a second CMS
            // reading) are not blocked by a writer, and a commit is one append, not a rewrite.
            connection.pragma('journal_mode = WAL');
            // A lock held by another process is waited for, up to this long, instead of failing at once.
            connection.pragma(`busy_timeout = ${busyTimeout}`);
            done(undefined, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', DEFAULT_ACQUIRE_TIMEOUT_MS),
    },
  };
};

export default config;
