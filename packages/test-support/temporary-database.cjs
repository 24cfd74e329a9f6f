// @ts-check
/**
 * The throw-away database of one run: a SQLite file in a temporary folder, or a fresh PostgreSQL
 * database created on the machine's server and dropped (with its connections) by `drop()`.
 * CommonJS, so the CMS's jest tests (apps/cms/tests/support) and the ES-module harness (stack.mjs,
 * the runners, the benchmarks) use this one file.
 */
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createRequire } = require('node:module');

/** The CMS's PostgreSQL driver, where the CMS finds it. */
/** @type {typeof import('pg')} */
const { Client } = createRequire(path.resolve(__dirname, '..', '..', 'apps', 'cms', 'package.json'))('pg');

/** The server's maintenance database, where databases are created and dropped. */
const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * @typedef {object} TemporaryDatabase
 * @property {'sqlite' | 'postgres'} client
 * @property {Record<string, string>} env what the CMS is started with (DATABASE_CLIENT and its settings)
 * @property {() => Promise<void>} drop
 */

/**
 * A temporary SQLite file.
 * @param {string} [prefix]
 * @returns {TemporaryDatabase}
 */
function temporarySqlite(prefix = 'welfare-run-db-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'run.db') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh PostgreSQL database.
 * @param {string} [prefix] the database's name starts with it (letters, digits and _ only)
 * @returns {Promise<TemporaryDatabase>}
 */
async function temporaryPostgres(prefix = 'welfare_run') {
  // Unique even when a test starts two CMS instances in the same millisecond.
  const name = `${prefix}_${process.pid}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  /** @param {string} statement */
  const administer = async (statement) => {
    const admin = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
    try {
      await admin.connect();
      await admin.query(statement);
    } finally {
      await admin.end().catch(() => undefined);
    }
  };
  await administer(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    client: 'postgres',
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: () => administer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * The database the run asked for: PostgreSQL with DATABASE_CLIENT=postgres, else SQLite.
 * @param {{ sqlitePrefix?: string, postgresPrefix?: string }} [prefixes]
 * @returns {Promise<TemporaryDatabase>}
 */
async function temporaryDatabase({ sqlitePrefix, postgresPrefix } = {}) {
  return process.env.DATABASE_CLIENT === 'postgres' ? temporaryPostgres(postgresPrefix) : temporarySqlite(sqlitePrefix);
}

module.exports = { POSTGRES_ADMIN_URL, temporaryDatabase, temporaryPostgres, temporarySqlite };
