// @ts-check
import { registerFirstAdmin, adminToken } from '@welfare/test-support/admin';
import { startCms } from '@welfare/test-support/stack';
import { temporaryPostgres, temporarySqlite } from '@welfare/test-support/temporary-database';

/**
 * Create and publish in one step: what the admin's Publish button sends for an entry never saved
 * (`POST /content-manager/collection-types/<uid>/actions/publish`, no document id), timed from the
 * click to the answer, one member of staff at a time and five at once, on SQLite and PostgreSQL
 * (a fresh CMS with the demo content on each). Goal: under 1 s worst.
 */
const SERVICE = 'api::service.service';
const SEQUENTIAL = 10;
const CONCURRENT = { staff: 5, rounds: 4 };

const paragraph = (/** @type {string} */ text) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/**
 * @param {string} cmsUrl
 * @param {string} token
 * @param {string} key
 * @returns {Promise<number>} milliseconds from the request to its answer
 */
async function createAndPublish(cmsUrl, token, key) {
  const started = performance.now();
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/${SERVICE}/actions/publish?locale=it`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: `Servizio di prova ${key}`,
      slug: `servizio-di-prova-${key}`,
      serviceStatus: 'active',
      summary: 'Creato e pubblicato in un passo dal benchmark.',
      audience: paragraph('Tutti'),
      howTo: paragraph('Telefonare'),
    }),
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 && response.status !== 201)
    throw new Error(`create and publish answered ${response.status}: ${text.slice(0, 500)}`);
  return ms;
}

/** @param {number[]} values */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count: sorted.length, medianMs: Math.round(median), worstMs: Math.round(sorted[sorted.length - 1]) };
}

/**
 * On a running CMS with no admin yet.
 * @param {string} cmsUrl
 */
export async function measureCreateAndPublish(cmsUrl) {
  const email = 'bench-writes@welfare.local';
  const password = `Bench-${Date.now()}-Welfare!`;
  await registerFirstAdmin(cmsUrl, email, password);
  const token = await adminToken(cmsUrl, email, password);
  const run = `${Date.now().toString(36)}`;
  // One request first, not counted: the first write of a process compiles its code paths.
  await createAndPublish(cmsUrl, token, `${run}-warm`);
  const oneAtATime = [];
  for (let index = 0; index < SEQUENTIAL; index += 1) oneAtATime.push(await createAndPublish(cmsUrl, token, `${run}-s${index}`));
  const fiveAtOnce = [];
  for (let round = 0; round < CONCURRENT.rounds; round += 1) {
    fiveAtOnce.push(
      ...(await Promise.all(
        Array.from({ length: CONCURRENT.staff }, (_, index) => createAndPublish(cmsUrl, token, `${run}-c${round}-${index}`)),
      )),
    );
  }
  return { oneAtATime: summary(oneAtATime), fiveAtOnce: summary(fiveAtOnce) };
}

/**
 * A fresh CMS per database, measured, stopped.
 * @param {{ logDir: string, cmsEnv: Record<string, string>, log: (message: string) => void }} options
 */
export async function measureStaffWrites({ logDir, cmsEnv, log }) {
  const results = [];
  for (const client of /** @type {const} */ (['SQLite', 'PostgreSQL'])) {
    /** @type {{ env: Record<string, string>, drop: () => Promise<unknown> | unknown } | undefined} */
    let database;
    try {
      database = client === 'SQLite' ? temporarySqlite() : await temporaryPostgres('welfare_bench_writes');
    } catch (error) {
      results.push({ client, skipped: `no database (${error instanceof Error ? error.message : error})` });
      continue;
    }
    const cms = await startCms({ databaseEnv: database.env, logDir, extraEnv: cmsEnv, name: `cms-writes-${client.toLowerCase()}` });
    try {
      log(`create and publish in one step on ${client}: ${SEQUENTIAL} one at a time, ${CONCURRENT.rounds}× ${CONCURRENT.staff} at once…`);
      results.push({ client, ...(await measureCreateAndPublish(cms.url)) });
    } finally {
      await cms.stop();
      await database.drop();
    }
  }
  return { goalWorstMs: 1000, databases: results };
}

// `node bench/lib/staff-writes.mjs` (after the builds): this part of the benchmarks alone, as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { logDirectory } = await import('@welfare/test-support/stack');
  const result = await measureStaffWrites({
    logDir: logDirectory('welfare-bench-writes-'),
    cmsEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000000' },
    log: (message) => console.error(`bench: ${message}`),
  });
  console.log(JSON.stringify(result, null, 2));
}
