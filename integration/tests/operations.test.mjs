// @ts-check
/**
 * What operators see: the portal's /api/health, JSON log lines carrying one request id from the
 * portal to the CMS, Prometheus metrics on a port of their own (not on the public one), no secret in
 * any log, and an optional feature without its setting switched off visibly.
 *
 * Besides the run's stack: one more portal without the page-rating token, with a REDIS_URL whose
 * password must never be logged (nothing listens there), and one more CMS with the same kind of
 * REDIS_URL; both with their metrics listener.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@welfare/test-support/processes';
import { startCms, startPortal } from '@welfare/test-support/stack';
import { temporarySqlite } from '@welfare/test-support/temporary-database';
import { secretsInLogs } from '@welfare/test-support/logs';
import { sharedSecretsOf } from '@welfare/test-support/secrets';
import { stack, waitFor } from '../support/stack-env.mjs';

/** A service page seeded in every language. */
const SERVICE_PAGE = '/it/services/sportello-informativo-stranieri';

const requestId = () => randomBytes(16).toString('hex');

/**
 * The JSON lines of a server's log (lines that are not JSON are returned apart).
 * @param {string} name the log's name in the run's log directory, without `.log`
 */
function logLines(name) {
  const text = fs.readFileSync(path.join(stack.logDir, `${name}.log`), 'utf8');
  /** @type {Record<string, unknown>[]} */
  const json = [];
  /** @type {string[]} */
  const other = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      json.push(JSON.parse(line));
    } catch {
      other.push(line);
    }
  }
  return { json, other };
}

/** A REDIS_URL with a password, where nothing listens: every connection attempt fails and is logged. */
const unreachableRedisUrl = async () => `redis://default:${randomBytes(18).toString('hex')}@127.0.0.1:${await freePort()}`;

describe('health, logs and metrics', () => {
  /** @type {{ url: string, stop: () => Promise<void> }} */
  let bare;
  /** @type {{ url: string, stop: () => Promise<void> }} */
  let cms;
  /** @type {{ drop: () => Promise<void> } | undefined} */
  let cmsDatabase;
  let portalMetricsPort = 0;
  let cmsMetricsPort = 0;
  let redisPassword = '';

  before(async () => {
    const redisUrl = await unreachableRedisUrl();
    redisPassword = new URL(redisUrl).password;
    portalMetricsPort = await freePort();
    cmsMetricsPort = await freePort();
    // The stack's secrets but the rating token: page rating must be off, visibly.
    const shared = sharedSecretsOf(process.env, { without: ['CMS_RATING_TOKEN'] });
    const database = temporarySqlite();
    cmsDatabase = database;
    [bare, cms] = await Promise.all([
      startPortal({
        cmsUrl: stack.cmsUrl,
        logDir: stack.logDir,
        name: 'portal-without-rating',
        extraEnv: { ...shared, REDIS_URL: redisUrl, METRICS_PORT: String(portalMetricsPort) },
      }),
      startCms({
        databaseEnv: database.env,
        logDir: stack.logDir,
        name: 'cms-redis-down',
        extraEnv: { REDIS_URL: redisUrl, METRICS_PORT: String(cmsMetricsPort), SEED_DEMO_CONTENT: 'false' },
      }),
    ]);
  });

  after(async () => {
    await Promise.all([bare?.stop(), cms?.stop()]);
    await cmsDatabase?.drop();
  });

  it('GET /api/health: JSON, never cached, live and ready with the CMS, Redis, the search index, the build and the features', async () => {
    const response = await fetch(`${stack.portalUrl}/api/health`);
    assert.equal(response.status, 200);
    assert.match(String(response.headers.get('content-type')), /^application\/json/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const health = await response.json();
    assert.equal(health.live, true);
    assert.equal(health.ready, true);
    assert.equal(health.checks.cms.ok, true);
    assert.equal(health.checks.redis.configured, false);
    assert.match(health.build, /^\S+$/);
    assert.equal(typeof health.checks.searchIndex.documents, 'number');
    assert.equal(health.features.pageRating.enabled, true);
    // Once searched, the index is built: its size and age are reported.
    await fetch(`${stack.portalUrl}/api/search?locale=it&q=mediazione`);
    const after = await (await fetch(`${stack.portalUrl}/api/health`)).json();
    assert.ok(after.checks.searchIndex.documents > 0, JSON.stringify(after.checks.searchIndex));
    assert.equal(typeof after.checks.searchIndex.ageSeconds, 'number');
  });

  it('one JSON line per request, with the id nginx sent, and the CMS logs the same id for the read it made', async () => {
    const id = requestId();
    // A list page nobody asked for before, past the last: the portal reads the CMS for it (and
    // answers 404). An invented entry slug would not do: the portal's list of known slugs spares
    // the CMS that read once another test has filled it.
    const missing = `/it/services/page/${100 + (randomBytes(2).readUInt16BE(0) % 9000)}`;
    const response = await fetch(`${stack.portalUrl}${missing}`, { headers: { 'X-Request-Id': id } });
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('x-request-id'), id);
    await waitFor(
      'the portal logs the request with its id',
      async () =>
        logLines('portal').json.some((line) => line.requestId === id && line.event === 'request' && line.path === missing) || undefined,
    );
    await waitFor(
      "the CMS logs the portal's read with the same id",
      async () =>
        logLines('cms').json.some((line) => line.requestId === id && line.event === 'request' && String(line.path).startsWith('/api/')) ||
        undefined,
    );
    // An id that is not nginx's form is replaced, never logged as given.
    const forged = await fetch(`${stack.portalUrl}/robots.txt`, { headers: { 'X-Request-Id': 'x"}{"level":"fatal' } });
    assert.match(String(forged.headers.get('x-request-id')), /^[0-9a-f]{32}$/);
  });

  it("every line the servers write once started is JSON (Strapi's logger and the portal's)", () => {
    for (const name of ['portal', 'cms']) {
      const { json, other } = logLines(name);
      assert.ok(json.length > 3, `${name}: ${json.length} JSON lines`);
      assert.deepEqual(other, [], `${name}: lines that are not JSON`);
      for (const line of json)
        assert.ok(
          (typeof line.level === 'string' && typeof line.msg === 'string') || typeof line.message === 'string',
          JSON.stringify(line).slice(0, 200),
        );
    }
  });

  it('page rating without its token is off: no form, its endpoint says so, the log and /api/health too', async () => {
    const withToken = await (await fetch(`${stack.portalUrl}${SERVICE_PAGE}`)).text();
    assert.match(withToken, /id="page-rating-title"/);
    const page = await fetch(`${bare.url}${SERVICE_PAGE}`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(await page.text(), /id="page-rating-title"/);

    const post = await fetch(`${bare.url}/api/page-rating`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: SERVICE_PAGE, locale: 'it', score: 5, reason: 'clear' }),
    });
    assert.equal(post.status, 404);
    assert.match((await post.json()).error, /switched off/);
    assert.equal((await fetch(`${bare.url}/it/page-rating?page=${encodeURIComponent(SERVICE_PAGE)}`)).status, 404);

    const health = await (await fetch(`${bare.url}/api/health`)).json();
    assert.equal(health.features.pageRating.enabled, false);
    assert.match(health.features.pageRating.reason, /CMS_RATING_TOKEN/);
    assert.ok(
      logLines('portal-without-rating').json.some((line) => line.event === 'feature-off' && line.feature === 'pageRating'),
      'a line at start says page rating is off',
    );
  });

  it('Redis unreachable: /api/health says so, and neither app logs its password', async () => {
    const health = await (await fetch(`${bare.url}/api/health`)).json();
    assert.equal(health.checks.redis.configured, true);
    assert.equal(health.checks.redis.ok, false);
    assert.equal(health.status, 'degraded');
    await waitFor(
      "the CMS logs that the rate limit's Redis failed",
      async () =>
        logLines('cms-redis-down').json.some((line) =>
          /Rate limit: Redis at redis:\/\/127\.0\.0\.1:\d+ failed/.test(String(line.message)),
        ) || undefined,
    );
    await waitFor(
      "the portal logs that the cache's Redis is unavailable",
      async () =>
        logLines('portal-without-rating').json.some((line) =>
          /\[cache\] Redis at redis:\/\/127\.0\.0\.1:\d+ unavailable/.test(String(line.msg)),
        ) || undefined,
    );
    for (const name of ['cms-redis-down', 'portal-without-rating']) {
      assert.equal(
        fs.readFileSync(path.join(stack.logDir, `${name}.log`), 'utf8').includes(redisPassword),
        false,
        `${name} logged the Redis password`,
      );
    }
  });

  it('metrics on their own port: requests by route kind, cache, CMS errors, search index; not on the public port', async () => {
    await fetch(`${bare.url}${SERVICE_PAGE}`);
    await fetch(`${bare.url}/api/search?locale=it&q=scuola`);
    const portal = await fetch(`http://127.0.0.1:${portalMetricsPort}/metrics`);
    assert.equal(portal.status, 200);
    const portalText = await portal.text();
    assert.match(portalText, /portal_http_requests_total\{[^}]*kind="page"[^}]*status="200"[^}]*\} [1-9]/);
    assert.match(portalText, /portal_http_request_duration_seconds_bucket\{[^}]*kind="page"/);
    // Redis is down under this instance: its reads count as errors, the memory copy answers.
    // (On the run's portal, without Redis, they are hits and misses.)
    assert.match(portalText, /portal_cache_operations_total\{[^}]*result="error"[^}]*\} [1-9]/);
    assert.match(portalText, /portal_search_index_documents\{[^}]*\} [1-9]/);
    assert.match(portalText, /# TYPE portal_cms_errors_total counter/);
    assert.match(portalText, /portal_redis_ready\{[^}]*\} 0/);

    await fetch(`${cms.url}/api/services?locale=it`);
    const cmsMetrics = await fetch(`http://127.0.0.1:${cmsMetricsPort}/metrics`);
    assert.equal(cmsMetrics.status, 200);
    assert.match(await cmsMetrics.text(), /cms_http_requests_total\{[^}]*kind="content-api"[^}]*\} [1-9]/);

    // The public ports answer no metrics, whatever the path.
    for (const base of [bare.url, cms.url]) {
      for (const probe of ['/metrics', '/api/metrics', '/_metrics']) {
        const response = await fetch(`${base}${probe}`);
        assert.equal(response.status === 200 && /_http_requests_total/.test(await response.text()), false, `${base}${probe}`);
      }
    }
  });

  it("no secret of any server's environment in any log so far", () => {
    const { found, secrets } = secretsInLogs(stack.logDir, {
      INTEGRATION_ADMIN_PASSWORD: stack.admin.password,
      REDIS_PASSWORD: redisPassword,
    });
    assert.ok(secrets > 10);
    assert.deepEqual(found, []);
  });
});
