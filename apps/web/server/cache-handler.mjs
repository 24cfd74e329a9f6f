// @ts-check
/**
 * The portal's cache. With REDIS_URL, shared by every instance in Redis; without, in this
 * instance's memory, bounded (MEMORY_PAGES entries, least recently used first out).
 *
 * Either way what an invented address produces is kept apart, in a small memory of its own
 * (APART_ENTRIES): pages that answer 404, and CMS answers that found nothing (an empty list: a page
 * number past the end, a filter nobody uses; an error status). A flood of invented URLs can neither
 * fill Redis or a disk nor push real pages out of the cache, and the entry of an address that later
 * gets content is gone with that content's tag, in every instance (the tags a `revalidateTag`
 * removes are announced to the other instances on `${prefix}revalidated-tags`).
 *
 * Rendered pages and CMS responses live in Redis (redis-tag-store.mjs: each tag a set of its keys,
 * expiring with them), so a page rendered by one instance is served by all of them, a
 * `revalidateTag` reached by one instance removes the entries for every one, and its cost is the
 * entries it removes, never a scan of everything cached.
 *
 * - Keys start with `${REDIS_KEY_PREFIX}${BUILD_ID}:` (default prefix `welfare:`): a new build
 *   never reads the pages an older build rendered. Entries expire by themselves a day after they
 *   were rendered (KEPT_SECONDS), so an old build's entries do not stay.
 * - Expiry is not revalidation: a stale page is served while it is rendered again, and when the CMS
 *   is down that render fails and the stale page stays. Entries are kept a day whatever their
 *   revalidation time, so the portal rides out a CMS outage of up to a day with what it has served.
 * - Redis down, unreachable or not answering never fails a page: a cache operation that Redis does
 *   not answer within OPERATION_TIMEOUT_MS is a miss, and the connection is dropped and opened
 *   again (node-redis never times out a command already sent). While Redis is not connected each
 *   instance keeps what it renders in memory (emptied as soon as Redis is back, so that copy never
 *   outlives the outage), and the tag invalidations that could not reach Redis are sent again when
 *   it is back.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { loggableUrl } from '@welfare/types/observability';
import { observability } from './observability.mjs';
import { pagesMayHaveChanged } from './page-generation.mjs';
import { createRedisTagStore } from './redis-tag-store.mjs';

/** @typedef {ReturnType<typeof createLruHandler>} Handler */

const CONNECT_TIMEOUT_MS = 1000;
/** One read or write of an entry (a few Redis commands). */
const OPERATION_TIMEOUT_MS = 1000;
/** A tag invalidation scans the tag index: allowed longer. */
const REVALIDATE_TIMEOUT_MS = 5000;
/** How long the first cache operation waits for the first connection attempt. */
const FIRST_CONNECTION_WAIT_MS = 2000;
const ONE_DAY_SECONDS = 24 * 60 * 60;
/** How long an entry is kept after it was rendered, whatever its revalidation time. */
const KEPT_SECONDS = ONE_DAY_SECONDS;
/** The handler's lifespan of entries (its default, 1.5 × the revalidation time, would drop pages during a CMS outage). */
const TTL = { estimateExpireAge: () => KEPT_SECONDS };
/** Entries kept in memory without Redis: pages and CMS answers, a few hundred kB each at most. */
const MEMORY_PAGES = 2000;
/** 404 pages and CMS answers that found nothing, kept (least recently used first out). */
const APART_ENTRIES = 500;
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

class RedisTimeout extends Error {}

/**
 * The client as the tag store's types name it (the node-redis client).
 * @param {unknown} client
 * @returns {import('./redis-tag-store.mjs').TagStoreClient}
 */
const asStoreClient = (client) => /** @type {never} */ (client);

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new RedisTimeout(`${what}: no answer from Redis within ${ms} ms`)), ms);
  });
  // The operation may still fail after the timeout won: nobody listens any more.
  promise.catch(() => {});
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/** @param {Parameters<Handler['set']>[1]} entry */
const isNotFoundPage = (entry) => entry.value?.kind === 'APP_PAGE' && entry.value.status === 404;

/**
 * A CMS answer that found nothing: an error status, or a list without entries (Strapi's `data: []`).
 * @param {Parameters<Handler['set']>[1]} entry
 */
function isEmptyCmsAnswer(entry) {
  const value = /** @type {{ kind?: string, data?: { status?: number, body?: string } } | null} */ (entry.value);
  if (value?.kind !== 'FETCH' || !value.data) return false;
  if (value.data.status !== undefined && value.data.status !== 200) return true;
  if (typeof value.data.body !== 'string' || value.data.body.length > 4096) return false;
  try {
    const answer = JSON.parse(Buffer.from(value.data.body, 'base64').toString('utf8'));
    return Array.isArray(answer?.data) && answer.data.length === 0;
  } catch {
    return false;
  }
}

/**
 * What an invented address produces: kept in a small memory, never in the shared cache.
 * @param {Parameters<Handler['set']>[1]} entry
 */
export const isKeptApart = (entry) => isNotFoundPage(entry) || isEmptyCmsAnswer(entry);

/**
 * @param {Handler} handler
 * @returns {Handler} the same handler, storing everything but what is kept apart
 */
function withoutApartEntries(handler) {
  return {
    name: handler.name,
    get: (key, meta) => handler.get(key, meta),
    set: (key, value, ctx) => (isKeptApart(value) ? Promise.resolve() : handler.set(key, value, ctx)),
    revalidateTag: (tag) => handler.revalidateTag(tag),
    delete: async (key) => {
      await handler.delete?.(key);
    },
    prepare: handler.prepare ? () => handler.prepare?.() ?? Promise.resolve() : undefined,
  };
}

/**
 * A 404 page past its revalidation time is no entry: it is rendered again as on its first request.
 * (Next's background re-render of a page that answers notFound() keeps the page but loses its
 * <title> and meta description; a 404 is cheap to render, and needs no serving while stale.)
 * @param {Awaited<ReturnType<Handler['get']>>} entry
 */
const whileFresh = (entry) => (entry?.lifespan && entry.lifespan.staleAt <= Math.floor(Date.now() / 1000) ? null : entry);

/**
 * @param {Handler} handler
 * @param {Handler} apart the small memory of what is kept apart
 * @returns {Handler} the same handler, with 404 pages and empty CMS answers in the small memory
 *   (the merged handler reads only the first handler that answers, so both live behind one)
 */
function keepingApart(handler, apart) {
  const others = withoutApartEntries(handler);
  return {
    name: `${handler.name}+kept-apart`,
    get: async (key, meta) => whileFresh(await apart.get(key, meta)) ?? others.get(key, meta),
    set: (key, value, ctx) => (isKeptApart(value) ? apart.set(key, value, ctx) : others.set(key, value, ctx)),
    async revalidateTag(tag) {
      await Promise.all([apart.revalidateTag(tag), others.revalidateTag(tag)]);
    },
    async delete(key) {
      await Promise.all([apart.delete?.(key), others.delete?.(key)]);
    },
    prepare: others.prepare,
  };
}

const apartMemory = () => createLruHandler({ maxItemsNumber: APART_ENTRIES, maxItemSizeBytes: MAX_ENTRY_BYTES });

/** Used while Redis is not connected only: what this instance renders meanwhile, in memory. */
function outageMemory(/** @type {{ isReady: boolean }} */ client) {
  const create = () => createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 64 * 1024 * 1024 });
  let lru = create();
  /** @type {Handler} */
  const handler = {
    name: 'memory-while-redis-is-down',
    // Reached only when the Redis handler failed (the first handler that answers wins).
    get: (key, meta) => lru.get(key, meta),
    set: (key, value, ctx) => (client.isReady ? Promise.resolve() : lru.set(key, value, ctx)),
    revalidateTag: (tag) => lru.revalidateTag(tag),
    delete: async (key) => {
      await lru.delete?.(key);
    },
  };
  return {
    handler,
    clear() {
      lru = create();
    },
  };
}

/**
 * The Redis handler with every operation bounded in time. A read or write Redis does not answer
 * drops the connection (the client reconnects: `isReady` is false meanwhile, so the next operations
 * fail at once instead of waiting). A tag invalidation that fails is kept and sent again by
 * `replay()` (else the instances would serve the old entries until they expire).
 * @param {Handler} redis
 * @param {{ readonly isReady: boolean, destroy(): void, connect(): Promise<unknown> }} client
 * @param {(reason: string) => void} onHung
 */
function guarded(redis, client, onHung) {
  /** @type {Set<string>} */
  const pending = new Set();
  /**
   * @template T
   * @param {() => Promise<T>} operation
   * @param {string} what
   * @returns {Promise<T>}
   */
  const bounded = async (operation, what) => {
    try {
      return await withTimeout(operation(), OPERATION_TIMEOUT_MS, what);
    } catch (error) {
      if (error instanceof RedisTimeout && client.isReady) {
        onHung(error.message);
        client.destroy();
        client.connect().catch(() => {});
      }
      throw error;
    }
  };
  /** @type {Handler} */
  const handler = {
    name: redis.name,
    get: (key, meta) => bounded(() => redis.get(key, meta), `get ${key}`),
    set: (key, value, ctx) => bounded(() => redis.set(key, value, ctx), `set ${key}`),
    delete: (key) => bounded(async () => redis.delete?.(key), `delete ${key}`),
    async revalidateTag(tag) {
      try {
        await withTimeout(redis.revalidateTag(tag), REVALIDATE_TIMEOUT_MS, `revalidateTag ${tag}`);
        pending.delete(tag);
      } catch (error) {
        pending.add(tag);
        throw error;
      }
    },
    prepare: () => withTimeout(redis.prepare?.() ?? Promise.resolve(), REVALIDATE_TIMEOUT_MS, 'prepare'),
  };
  return {
    handler,
    /** Sends the invalidations that failed again; returns how many went through. */
    async replay() {
      let sent = 0;
      for (const tag of [...pending]) {
        try {
          await handler.revalidateTag(tag);
          sent += 1;
        } catch {
          break;
        }
      }
      return sent;
    },
    get pendingCount() {
      return pending.size;
    },
  };
}

/**
 * Counts the handler's reads (portal_cache_operations_total): hit, miss, or error (Redis did not
 * answer; the next handler is asked).
 * @param {Handler} handler
 * @returns {Handler}
 */
function counted(handler) {
  const { cache } = observability();
  return {
    ...handler,
    async get(key, meta) {
      try {
        const value = await handler.get(key, meta);
        cache.inc({ result: value ? 'hit' : 'miss' });
        return value;
      } catch (error) {
        cache.inc({ result: 'error' });
        throw error;
      }
    },
  };
}

/**
 * The handler, telling the server's memory of cached pages (cached-pages-memory.mjs) that pages may
 * have changed when a tag is revalidated: before, and again once the entries are gone, so that a
 * page read from the cache in between is not kept as current.
 * @param {Handler} handler
 * @returns {Handler}
 */
function announcingChanges(handler) {
  return {
    ...handler,
    async revalidateTag(tag) {
      pagesMayHaveChanged();
      try {
        await handler.revalidateTag(tag);
      } finally {
        pagesMayHaveChanged();
      }
    },
  };
}

CacheHandler.onCreation(async ({ buildId, dev }) => {
  const url = process.env.REDIS_URL;
  // `next build` and `next dev` never touch Redis: the build may run where Redis is not reachable.
  if (dev || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] };
  if (!url) {
    return {
      handlers: [
        announcingChanges(
          counted(keepingApart(createLruHandler({ maxItemsNumber: MEMORY_PAGES, maxItemSizeBytes: MAX_ENTRY_BYTES }), apartMemory())),
        ),
      ],
      ttl: TTL,
    };
  }

  const keyPrefix = `${process.env.REDIS_KEY_PREFIX || 'welfare:'}${buildId?.trim() || 'no-build-id'}:`;
  // Never the URL itself: it may carry Redis's password.
  const where = loggableUrl(url);
  const state = observability().redis;

  const client = createClient({
    url,
    // Commands sent while disconnected fail at once instead of waiting in a queue.
    disableOfflineQueue: true,
    pingInterval: 10_000,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Never give up: try again every 2 s at most, for as long as the portal runs.
      reconnectStrategy: (retries) => Math.min(2 ** retries * 50, 2000) + Math.floor(Math.random() * 200),
    },
  });

  let everReady = false;
  let down = false;
  /** @param {string} reason */
  const wentDown = (reason) => {
    state.lastError = reason;
    if (down) return;
    down = true;
    state.ready = false;
    state.since = Date.now();
    console.warn(
      `[cache] Redis at ${where} unavailable (${reason}): pages are rendered and kept in this instance's memory until it is back`,
    );
  };

  const memory = outageMemory(client);
  const store = createRedisTagStore({ client: asStoreClient(client), keyPrefix });
  // What a revalidation removed is announced to every instance, whose own memory of what is kept
  // apart (404 pages, empty CMS answers) drops it too.
  const channel = `${keyPrefix}revalidated-tags`;
  const apart = apartMemory();
  const redis = guarded(
    {
      ...store,
      async revalidateTag(tag) {
        await store.revalidateTag(tag);
        await client.publish(channel, tag);
      },
    },
    client,
    wentDown,
  );
  // Subscribed once, at its first connection (the client subscribes again by itself after a reconnection).
  const subscriber = client.duplicate();
  subscriber.on('error', () => {});
  subscriber.once('ready', () => {
    subscriber
      .subscribe(channel, (/** @type {string} */ tag) => {
        pagesMayHaveChanged();
        void apart.revalidateTag(tag);
      })
      .catch(() => {});
  });
  subscriber.connect().catch(() => {});

  client.on('error', (/** @type {Error} */ error) => wentDown(error.message));
  client.on('ready', () => {
    memory.clear();
    if (!everReady) console.info(`[cache] shared cache in Redis at ${where}, keys ${keyPrefix}*`);
    else if (down) {
      console.info(`[cache] Redis at ${where} available again`);
      // Other instances' announcements made meanwhile were not heard.
      pagesMayHaveChanged();
    }
    everReady = true;
    down = false;
    state.ready = true;
    state.since = Date.now();
    state.lastError = null;
    if (redis.pendingCount > 0) {
      void redis.replay().then((sent) => console.info(`[cache] ${sent} tag invalidation(s) made while Redis was unavailable sent to it`));
    }
  });

  // Connect in the background: the first cache operation waits for the first attempt (at most
  // FIRST_CONNECTION_WAIT_MS), then the portal goes on without Redis while the client keeps trying.
  const firstAttempt = new Promise((resolve) => {
    client.once('ready', resolve);
    client.once('error', resolve);
  });
  client.connect().catch(() => {});
  await Promise.race([firstAttempt, delay(FIRST_CONNECTION_WAIT_MS)]);

  return {
    handlers: [announcingChanges(counted(keepingApart(redis.handler, apart))), withoutApartEntries(memory.handler)],
    ttl: TTL,
  };
});

/** A key no entry has: the read that configures the cache at start finds nothing. */
const START_READ_KEY = 'configured-at-start';

/**
 * Configures the cache as the server starts instead of at the first page (the library configures
 * it on its first read): Redis is connected, and /api/health and the metrics say so, before the
 * first visitor. Next loads this module by its file URL, as the server does: one module, one client.
 * @param {string} serverDistDir Next's server build (`.next/server`)
 */
export async function configureCacheAtStart(serverDistDir) {
  // Of the context Next gives, the library reads these two only.
  const context = /** @type {ConstructorParameters<typeof CacheHandler>[0]} */ (/** @type {unknown} */ ({ serverDistDir, dev: false }));
  await new CacheHandler(context).get(START_READ_KEY);
}

export default CacheHandler;
