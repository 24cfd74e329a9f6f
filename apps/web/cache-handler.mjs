// @ts-check
/**
 * The portal's cache when several instances run: next.config.ts loads this file only when
 * REDIS_URL is set (without it Next.js keeps its own file cache in .next/, for one instance).
 *
 * Rendered pages and CMS responses live in Redis (@fortedigital/nextjs-cache-handler, its
 * `redis-strings` handler with its shared tag index), so a page rendered by one instance is served
 * by all of them, and a `revalidateTag` reached by one instance removes the entries for every one.
 *
 * - Keys start with `${REDIS_KEY_PREFIX}${BUILD_ID}:` (default prefix `welfare:`): a new build
 *   never reads the pages an older build rendered. Entries expire by themselves (1.5 × their
 *   revalidation time, at most a day), so an old build's entries do not stay.
 * - Redis slow or unreachable never fails a page: each command gives up after
 *   COMMAND_TIMEOUT_MS and counts as a cache miss. While the connection is down, each instance keeps
 *   what it renders in memory (emptied as soon as Redis is back, so that copy never outlives the
 *   outage), and the tag invalidations that could not reach Redis are sent again when it is back.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/** @typedef {ReturnType<typeof createLruHandler>} Handler */

const CONNECT_TIMEOUT_MS = 1000;
const COMMAND_TIMEOUT_MS = 1000;
/** A tag invalidation scans the tag index: allowed longer than one command. */
const REVALIDATE_TIMEOUT_MS = 5000;
/** How long the first request waits for the first connection before going on without Redis. */
const FIRST_CONNECTION_WAIT_MS = 2000;
const ONE_DAY_SECONDS = 24 * 60 * 60;

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
  return Promise.race([
    promise,
    delay(ms).then(() => {
      throw new Error(`${what}: no answer from Redis within ${ms} ms`);
    }),
  ]);
}

/** Used while Redis is unreachable only: what this instance renders meanwhile, in memory. */
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
 * The Redis handler, with its tag invalidations bounded in time and, when they fail, kept to be
 * sent again once Redis is back (else the instances would serve the old entries until they expire).
 * @param {Handler} redis
 */
function replayingInvalidations(redis) {
  /** @type {Set<string>} */
  const pending = new Set();
  /** @type {Handler} */
  const handler = {
    ...redis,
    async revalidateTag(tag) {
      try {
        await withTimeout(redis.revalidateTag(tag), REVALIDATE_TIMEOUT_MS, `revalidateTag(${tag})`);
        pending.delete(tag);
      } catch (error) {
        pending.add(tag);
        throw error;
      }
    },
  };
  return {
    handler,
    async replay() {
      for (const tag of [...pending]) {
        try {
          await handler.revalidateTag(tag);
        } catch {
          return;
        }
      }
    },
    get pendingCount() {
      return pending.size;
    },
  };
}

CacheHandler.onCreation(async ({ buildId, dev }) => {
  const url = process.env.REDIS_URL;
  // `next build` and `next dev` never touch Redis: the build may run where Redis is not reachable.
  if (!url || dev || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    return { handlers: [createLruHandler()] };
  }

  const keyPrefix = `${process.env.REDIS_KEY_PREFIX || 'welfare:'}${buildId?.trim() || 'no-build-id'}:`;
  const where = (() => {
    try {
      const { host } = new URL(url);
      return host;
    } catch {
      return 'REDIS_URL';
    }
  })();

  const client = createClient({
    url,
    // Commands sent while disconnected fail at once instead of waiting in a queue.
    disableOfflineQueue: true,
    pingInterval: 10_000,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Never give up: reconnect every 2 s at most, for as long as the portal runs.
      reconnectStrategy: (retries) => Math.min(2 ** retries * 50, 2000) + Math.floor(Math.random() * 200),
    },
  });

  const memory = outageMemory(client);
  const redis = replayingInvalidations(
    createRedisHandler({ client, keyPrefix, timeoutMs: COMMAND_TIMEOUT_MS }),
  );

  let everReady = false;
  let down = false;
  client.on('error', (/** @type {Error} */ error) => {
    if (down) return;
    down = true;
    console.warn(
      `[cache] Redis at ${where} unreachable (${error.message}): pages are rendered and kept in this instance's memory until it is back`,
    );
  });
  client.on('ready', () => {
    memory.clear();
    if (!everReady) console.info(`[cache] shared cache in Redis at ${where}, keys ${keyPrefix}*`);
    else if (down) console.info(`[cache] Redis at ${where} reachable again`);
    everReady = true;
    down = false;
    const pending = redis.pendingCount;
    if (pending > 0) {
      void redis.replay().then(() => console.info(`[cache] ${pending - redis.pendingCount} tag invalidation(s) made during the outage sent to Redis`));
    }
  });

  // Connect in the background: the first connection is awaited for a moment, then the portal goes
  // on without Redis (misses, memory) while the client keeps trying.
  const connected = client.connect().then(
    () => true,
    () => false,
  );
  await Promise.race([connected, delay(FIRST_CONNECTION_WAIT_MS)]);

  return {
    handlers: [redis.handler, memory.handler],
    ttl: {
      // Entries leave Redis by themselves: 1.5 × their revalidation time, at most a day.
      estimateExpireAge: (staleAge) => Math.min(staleAge * 1.5, ONE_DAY_SECONDS),
    },
  };
});

export default CacheHandler;
