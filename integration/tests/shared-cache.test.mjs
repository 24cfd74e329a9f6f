// @ts-check
/**
 * Several portal instances share one cache through Redis (REDIS_URL, apps/web/server/cache-handler.mjs):
 * a page one instance rendered is served by the other, and a revalidation reached by one instance is
 * seen by all. Two more portals of their own (each on a private copy of the build, sharing nothing
 * but Redis) on the machine's Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379) under a key
 * prefix of this run, deleted at the end; and one on a Redis of its own that the test stops, to
 * show that a dead Redis costs speed, never a page.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@welfare/test-support/processes';
import { startPortal, WEB_DIR } from '@welfare/test-support/stack';
import { tokenSession } from '@welfare/test-support/admin';
import { sharedSecretsOf } from '@welfare/test-support/secrets';
import { getPage, stack, waitFor } from '../support/stack-env.mjs';

/** The portal's own Redis client (a dependency of apps/web). */
const { createClient } = /** @type {typeof import('@redis/client')} */ (createRequire(path.join(WEB_DIR, 'package.json'))('@redis/client'));

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const RUN_PREFIX = `welfare-test-${randomBytes(6).toString('hex')}:`;
const BUILD_ID = fs.readFileSync(path.join(WEB_DIR, '.next', 'BUILD_ID'), 'utf8').trim();

const SERVICE = 'api::service.service';
/** Seeded in every language (seed/fixtures); no other integration test changes it. */
const SERVICE_SLUG = 'sportello-informativo-stranieri';

/** What production shares between the two apps through .env. */
const sharedSecrets = () => sharedSecretsOf(process.env);

/**
 * @typedef {{ url: string, stop: () => Promise<void> }} Portal
 */

/**
 * @param {string} name
 * @param {string} redisUrl
 * @param {string} keyPrefix
 * @returns {Promise<Portal>}
 */
const startSharedPortal = (name, redisUrl, keyPrefix) =>
  startPortal({
    cmsUrl: stack.cmsUrl,
    logDir: stack.logDir,
    name,
    extraEnv: { ...sharedSecrets(), REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix },
  });

/**
 * Every key under a prefix.
 * @param {{ scanIterator(options: { MATCH: string, COUNT: number }): AsyncIterable<Array<string | Buffer>> }} client
 * @param {string} prefix
 */
async function keysUnder(client, prefix) {
  /** @type {string[]} */
  const keys = [];
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch.map(String));
  return keys;
}

/** Waits until a page answers HIT: its rendering is in the shared cache. @param {string} url */
const cached = (url) =>
  waitFor(
    `${url} to be served from the cache`,
    async () => ((await getPage(url)).headers.get('x-nextjs-cache') === 'HIT' ? true : undefined),
    10_000,
  );

describe('two portal instances on one Redis', () => {
  /** @type {ReturnType<typeof createClient>} */
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  /** @type {Portal[]} */
  const portals = [];
  /** @type {ReturnType<typeof tokenSession>} */
  let staff;
  /** @type {{ documentId: string, title: string }} */
  let service;
  const page = `/it/services/${SERVICE_SLUG}`;
  const on = (/** @type {Portal} */ portal) => `${portal.url}${page}`;

  before(async () => {
    await redis.connect().catch((error) => {
      throw new Error(`No Redis at ${REDIS_URL} (${error.message}): start it, or set TEST_REDIS_URL`);
    });
    staff = tokenSession(stack.cmsUrl, stack.adminToken);
    service = await staff.findBySlug(SERVICE, 'it', SERVICE_SLUG);
    portals.push(
      ...(await Promise.all([
        startSharedPortal('shared-cache-a', REDIS_URL, RUN_PREFIX),
        startSharedPortal('shared-cache-b', REDIS_URL, RUN_PREFIX),
      ])),
    );
  });

  after(async () => {
    await Promise.all(portals.splice(0).map((portal) => portal.stop()));
    const left = await keysUnder(redis, RUN_PREFIX);
    if (left.length > 0) await redis.unlink(left);
    redis.destroy();
  });

  it('each instance is connected to Redis from its start, before its first page', async () => {
    for (const portal of portals) {
      const health = await (await fetch(`${portal.url}/api/health`)).json();
      assert.deepEqual([health.checks.redis.configured, health.checks.redis.ok], [true, true], portal.url);
    }
  });

  it('a page rendered by one instance is served by the other from Redis, under this build’s keys', async () => {
    const [a, b] = portals;
    const first = await getPage(on(a));
    assert.equal(first.status, 200);
    assert.ok(first.html.includes(service.title));
    await cached(on(a));

    // B never rendered it: a HIT on its first request is A's rendering, read from Redis.
    const fromB = await getPage(on(b));
    assert.equal(fromB.status, 200);
    assert.equal(fromB.headers.get('x-nextjs-cache'), 'HIT');
    assert.ok(fromB.html.includes(service.title));

    const keys = await keysUnder(redis, RUN_PREFIX);
    assert.ok(keys.length > 0, 'entries in Redis under the run’s prefix');
    for (const key of keys) assert.ok(key.startsWith(`${RUN_PREFIX}${BUILD_ID}:`), `${key} is under the prefix and the build id`);
  });

  it('a revalidation reached by one instance is seen by the other', async () => {
    const [a, b] = portals;
    for (const portal of portals) assert.ok((await getPage(on(portal))).html.includes(service.title));

    // Published in the CMS, which notifies only the stack's own portal: A and B do not know yet.
    const newTitle = `${service.title} (condiviso ${Date.now()})`;
    await staff.saveDraft(SERVICE, service.documentId, 'it', { title: newTitle });
    await staff.publish(SERVICE, service.documentId, 'it');
    const stale = await getPage(on(b));
    assert.ok(stale.html.includes(service.title) && !stale.html.includes(newTitle), 'B serves the cached page until told');
    // …from its own memory (server/cached-pages-memory.mjs), which A's notice must empty too.
    assert.equal(stale.headers.get('x-page-cache'), 'HIT');

    // The CMS's notice, sent to A only.
    const response = await fetch(`${a.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${stack.revalidateSecret}` },
      body: JSON.stringify({
        event: 'publish',
        type: 'service',
        documentId: service.documentId,
        locales: ['it'],
        published: { before: [{ locale: 'it', slug: SERVICE_SLUG }], after: [{ locale: 'it', slug: SERVICE_SLUG }] },
        shownBy: [],
      }),
    });
    assert.equal(response.status, 200, await response.clone().text());

    const { elapsedMs } = await waitFor(
      'B to serve the new title',
      async () => ((await getPage(on(b))).html.includes(newTitle) ? true : undefined),
      10_000,
    );
    console.log(`B served the new title ${elapsedMs} ms after A was notified`);
    assert.ok((await getPage(on(a))).html.includes(newTitle));
    service.title = newTitle;
  });

  it('leaves nothing in Redis: the run’s keys are deleted, no other key is touched', async () => {
    const otherKey = `${RUN_PREFIX.slice(0, -1)}-other:canary`;
    await redis.set(otherKey, 'not the run’s');
    try {
      await Promise.all(portals.splice(0).map((portal) => portal.stop()));
      const keys = await keysUnder(redis, RUN_PREFIX);
      assert.ok(keys.length > 0);
      await redis.unlink(keys);
      assert.deepEqual(await keysUnder(redis, RUN_PREFIX), []);
      assert.equal(await redis.get(otherKey), 'not the run’s');
    } finally {
      await redis.unlink(otherKey);
    }
  });
});

describe('an instance whose Redis dies', () => {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  /** @type {Portal | undefined} */
  let portal;
  let port = 0;
  const prefix = `${RUN_PREFIX.slice(0, -1)}-outage:`;
  const redisUrl = () => `redis://127.0.0.1:${port}`;

  /** A throw-away redis-server (no persistence), answering PING. */
  async function startRedis() {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const spawned = server;
    await new Promise((resolve, reject) => {
      spawned.once('spawn', resolve);
      spawned.once('error', (error) =>
        reject(new Error(`redis-server could not start (${error.message}): it comes with Redis 7 (apt-get install redis-server)`)),
      );
    });
    const client = createClient({ url: redisUrl(), socket: { reconnectStrategy: false } });
    await waitFor(
      'redis-server to answer',
      () =>
        client.connect().then(
          () => true,
          () => undefined,
        ),
      10_000,
    );
    return client;
  }
  async function stopRedis() {
    const running = server;
    server = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  }

  before(async () => {
    port = await freePort();
    (await startRedis()).destroy();
    portal = await startSharedPortal('shared-cache-outage', redisUrl(), prefix);
  });

  after(async () => {
    await portal?.stop();
    await stopRedis();
  });

  it('keeps answering every page while Redis is gone, and uses Redis again once it is back', async () => {
    const url = (/** @type {string} */ pagePath) => `${portal?.url}${pagePath}`;
    assert.equal((await getPage(url('/it'))).status, 200);
    await cached(url('/it'));

    await stopRedis();
    for (const pagePath of ['/it', '/ar', `/it/services/${SERVICE_SLUG}`, '/ur/events', '/it/search?q=scuola']) {
      const startedAt = Date.now();
      const { status, html } = await getPage(url(pagePath));
      console.log(`${pagePath} without Redis: ${status} in ${Date.now() - startedAt} ms`);
      assert.equal(status, 200, pagePath);
      assert.ok(!html.includes('__next_error__'), `${pagePath}: the page, not an error`);
    }

    // A Redis again (empty, as a restarted one without persistence): the instance reconnects by
    // itself and what it renders goes to Redis again.
    const client = await startRedis();
    try {
      await waitFor(
        'the portal to write to the new Redis',
        async () => {
          await getPage(url(`/en/services/${SERVICE_SLUG}`));
          await getPage(url('/fr'));
          return (await keysUnder(client, prefix)).length > 0 ? true : undefined;
        },
        15_000,
      );
    } finally {
      client.destroy();
    }
  });
});
