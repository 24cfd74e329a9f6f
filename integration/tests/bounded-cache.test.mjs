// @ts-check
/**
 * Invented URLs do not grow the shared cache: the portal's Redis store (apps/web/server/redis-tag-store.mjs)
 * indexes each tag in a set of its own that expires with its entries, and a publish costs the entries
 * it makes stale, whatever else is cached; what invented addresses produce (404 pages, CMS answers
 * that found nothing) never reaches Redis (apps/web/server/cache-handler.mjs `isKeptApart`), and two portal
 * instances on one Redis store nothing for a flood of invented addresses.
 *
 * On the machine's Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379) under a key prefix of this
 * run, deleted at the end.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startPortal, WEB_DIR } from '@welfare/test-support/stack';
import { sharedSecretsOf } from '@welfare/test-support/secrets';
import { createRedisTagStore } from '../../apps/web/server/redis-tag-store.mjs';
import { getPage, stack } from '../support/stack-env.mjs';

/** The portal's own Redis client (a dependency of apps/web). */
const { createClient } = /** @type {typeof import('@redis/client')} */ (createRequire(path.join(WEB_DIR, 'package.json'))('@redis/client'));

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const RUN_PREFIX = `welfare-test-bounded-${randomBytes(6).toString('hex')}:`;

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

const now = () => Math.floor(Date.now() / 1000);

/**
 * An entry as Next's cache hands it to the store: a CMS answer (FETCH) with its tags.
 * @param {string[]} tags
 * @param {number} expireAt
 * @param {unknown} answer
 */
const fetchEntry = (tags, expireAt, answer = { data: [{ id: 1 }] }) => ({
  lastModified: Date.now(),
  lifespan: { lastModifiedAt: now(), staleAt: now() + 60, expireAt, staleAge: 60, expireAge: expireAt - now(), revalidate: 60 },
  tags,
  value: /** @type {never} */ ({
    kind: 'FETCH',
    data: { headers: {}, body: Buffer.from(JSON.stringify(answer)).toString('base64'), status: 200, url: 'http://cms/api/x' },
    revalidate: 60,
  }),
});

describe('the shared cache’s tag index', () => {
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  const prefix = `${RUN_PREFIX}store:`;
  /** @type {ReturnType<typeof createRedisTagStore>} */
  let store;

  before(async () => {
    await redis.connect();
    store = createRedisTagStore({ client: /** @type {never} */ (redis), keyPrefix: prefix });
  });

  after(async () => {
    const left = await keysUnder(redis, RUN_PREFIX);
    if (left.length > 0) await redis.unlink(left);
    redis.destroy();
  });

  it('stores an entry with its tags, serves it, and a revalidation of one of its tags removes it', async () => {
    const entry = fetchEntry(['cms:service:it', 'cms:service:it:slug:sportello'], now() + 3600);
    await store.set('fetch-a', entry);
    const read = await store.get('fetch-a', { implicitTags: [] });
    assert.deepEqual(read?.value, entry.value);
    await store.revalidateTag('cms:service:it:slug:sportello');
    assert.equal(await store.get('fetch-a', { implicitTags: [] }), null);
    assert.equal(await redis.exists(`${prefix}tag:cms:service:it:slug:sportello`), 0, 'the tag’s set goes with it');
  });

  it('keeps a page’s buffers through Redis', async () => {
    const page = {
      lastModified: Date.now(),
      lifespan: { lastModifiedAt: now(), staleAt: now() + 60, expireAt: now() + 3600, staleAge: 60, expireAge: 3600, revalidate: 60 },
      tags: ['cms:global:it'],
      value: /** @type {never} */ ({
        kind: 'APP_PAGE',
        html: '<p>ciao</p>',
        rscData: Buffer.from('rsc'),
        segmentData: new Map([['/_tree', Buffer.from('tree')]]),
        status: 200,
        headers: {},
        postponed: undefined,
      }),
    };
    await store.set('page-a', page);
    const read = /** @type {{ value: { rscData: Buffer, segmentData: Map<string, Buffer>, html: string } }} */ (
      /** @type {unknown} */ (await store.get('page-a', { implicitTags: [] }))
    );
    assert.equal(read.value.html, '<p>ciao</p>');
    assert.equal(read.value.rscData.toString(), 'rsc');
    assert.equal(read.value.segmentData.get('/_tree')?.toString(), 'tree');
  });

  it('lets each tag’s index expire with its last entry: nothing in Redis outlives what is cached', async () => {
    const soon = now() + 30;
    const later = now() + 3000;
    await store.set('short', fetchEntry(['cms:event:it'], soon));
    const firstTtl = await redis.ttl(`${prefix}tag:cms:event:it`);
    assert.ok(firstTtl > 0 && firstTtl <= 30, `the set expires with its entry (TTL ${firstTtl})`);
    await store.set('long', fetchEntry(['cms:event:it'], later));
    assert.ok((await redis.ttl(`${prefix}tag:cms:event:it`)) > 30, 'an entry kept longer extends it');
    await store.set('short-again', fetchEntry(['cms:event:it'], soon));
    assert.ok((await redis.ttl(`${prefix}tag:cms:event:it`)) > 30, 'an entry kept shorter does not shorten it');
    for (const key of await keysUnder(redis, prefix)) assert.ok((await redis.ttl(key)) > 0, `${key} expires`);
  });

  it('costs a publish the entries it makes stale, whatever else is cached', async () => {
    // Three hundred other entries (what visitors asked for), under tags of their own.
    for (let index = 0; index < 300; index += 1)
      await store.set(`other-${index}`, fetchEntry([`cms:page:it:slug:other-${index}`, 'cms:page:it'], now() + 3600));
    await store.set('target', fetchEntry(['cms:mediator:it'], now() + 3600));
    // Count the commands the revalidation sends: MONITOR sees every command Redis runs.
    const monitor = redis.duplicate();
    await monitor.connect();
    /** @type {string[]} */
    const seen = [];
    await monitor.monitor((reply) => {
      if (reply.includes(prefix)) seen.push(reply);
    });
    await store.revalidateTag('cms:mediator:it');
    await new Promise((resolve) => setTimeout(resolve, 200));
    monitor.destroy();
    const commands = seen.map((reply) => /"(\w+)"/.exec(reply)?.[1]?.toLowerCase());
    assert.deepEqual(commands, ['smembers', 'unlink'], seen.join('\n'));
    assert.equal(await store.get('target', { implicitTags: [] }), null);
    assert.ok(await store.get('other-7', { implicitTags: [] }), 'the others stay');
  });
});

describe('what invented addresses produce', () => {
  it('is kept apart from the shared cache: 404 pages and CMS answers that found nothing', async () => {
    const { isKeptApart } = await import('../../apps/web/server/cache-handler.mjs');
    const empty = fetchEntry(['cms:service:it'], now() + 3600, {
      data: [],
      meta: { pagination: { page: 999, pageSize: 24, pageCount: 2, total: 30 } },
    });
    const found = fetchEntry(['cms:service:it'], now() + 3600, { data: [{ id: 1, slug: 'sportello' }], meta: {} });
    const notFoundPage = { ...found, value: /** @type {never} */ ({ kind: 'APP_PAGE', status: 404, html: '', headers: {} }) };
    const page = { ...found, value: /** @type {never} */ ({ kind: 'APP_PAGE', status: 200, html: '', headers: {} }) };
    assert.equal(isKeptApart(empty), true);
    assert.equal(isKeptApart(notFoundPage), true);
    assert.equal(isKeptApart(found), false);
    assert.equal(isKeptApart(page), false);
  });
});

describe('a portal on Redis, asked for invented addresses', () => {
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  const prefix = `${RUN_PREFIX}portal:`;
  /** @type {{ url: string, stop: () => Promise<void> } | undefined} */
  let portal;
  /** What production shares between the two apps. */
  const sharedSecrets = () => sharedSecretsOf(process.env);

  before(async () => {
    await redis.connect();
    portal = await startPortal({
      cmsUrl: stack.cmsUrl,
      logDir: stack.logDir,
      name: 'bounded-cache',
      extraEnv: { ...sharedSecrets(), REDIS_URL, REDIS_KEY_PREFIX: prefix },
    });
  });

  after(async () => {
    await portal?.stop();
    const left = await keysUnder(redis, prefix);
    if (left.length > 0) await redis.unlink(left);
    redis.destroy();
  });

  /** Invented addresses of every kind: slugs, page numbers past the end, filters nobody uses, any path. */
  const invented = (/** @type {number} */ n) => [
    `/it/services/invented-${n}-${randomBytes(4).toString('hex')}`,
    `/ar/events/invented-${n}-${randomBytes(4).toString('hex')}`,
    `/uk/pages/invented-${n}-${randomBytes(4).toString('hex')}`,
    `/it/services/page/${1000 + n}`,
    `/ar/mediators/page/${1000 + n}`,
    `/it/services/language/q${n}`,
    `/fr/${randomBytes(6).toString('hex')}`,
  ];

  it('stores nothing in Redis for them, however many', async () => {
    // One of each kind first: what any address costs once (the global settings of each language,
    // the lists of known slugs) is then in the cache.
    for (const address of invented(0)) assert.equal((await getPage(`${portal?.url}${address}`)).status, 404, address);
    const before = (await keysUnder(redis, prefix)).sort();
    for (let n = 1; n <= 25; n += 1) {
      for (const address of invented(n)) assert.equal((await getPage(`${portal?.url}${address}`)).status, 404, address);
    }
    const afterwards = (await keysUnder(redis, prefix)).sort();
    assert.deepEqual(
      afterwards.filter((key) => !before.includes(key)),
      [],
      'no key added by 175 more invented addresses',
    );
    for (const key of afterwards) assert.ok((await redis.ttl(key)) > 0, `${key} expires`);
  });
});
