// @ts-check
import path from 'node:path';
import { createRequire } from 'node:module';
import { CMS_DIR } from './stack.mjs';

/** The CMS's PostgreSQL driver, where the CMS finds it. */
const { Client } = createRequire(path.join(CMS_DIR, 'package.json'))('pg');

export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh PostgreSQL database for one run (benchmarks, integration tests), dropped by `drop()`. */
export async function temporaryPostgres(prefix = 'welfare_run') {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    async drop() {
      const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
