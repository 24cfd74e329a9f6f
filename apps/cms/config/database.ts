import path from 'node:path';
import type { Core } from '@strapi/strapi';

const APP_ROOT = path.resolve(__dirname, '..', '..');

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
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  }

  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(APP_ROOT, env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
    },
  };
};

export default config;
