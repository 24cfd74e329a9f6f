// @ts-check
/**
 * The portal's cache entries in Redis, each tag indexed by a set of its own that expires with its
 * entries: what cache-handler.mjs stores in Redis, shared by every portal instance.
 *
 * - An entry is one string key, `${keyPrefix}${key}`, expiring at its `lifespan.expireAt`.
 * - Each of its tags is a set, `${keyPrefix}tag:${tag}`, of the keys stored with that tag; the set
 *   expires no earlier than the last entry added to it (EXPIREAT NX, then GT), so a tag nobody stores
 *   any more goes with its entries: the index never outgrows what is cached.
 * - `revalidateTag(tag)` reads that tag's set only and removes its entries and the set: a publish
 *   costs the entries it makes stale, whatever else is cached (no scan of a shared index).
 * - Reading an entry is one GET.
 *
 * What is kept out of Redis altogether (404 pages, CMS answers that found nothing: what invented
 * addresses produce) is cache-handler.mjs's business: they live in small memories of their own.
 */

/** @typedef {import('@fortedigital/nextjs-cache-handler/local-lru').default} CreateLru */
/** @typedef {ReturnType<CreateLru>} Handler */
/** @typedef {Parameters<Handler['set']>[1]} CacheEntry */

/** Entries kept when the handler gives no lifespan (it always does: cache-handler.mjs's TTL). */
const DEFAULT_KEPT_SECONDS = 24 * 60 * 60;

/**
 * What the store needs of a node-redis client.
 * @typedef {{
 *   set(key: string, value: string, options: { expiration: { type: 'EXAT', value: number }, condition?: 'NX' }): TagStoreTransaction,
 *   sAdd(key: string, member: string): TagStoreTransaction,
 *   expireAt(key: string, timestamp: number, mode: 'NX' | 'GT'): TagStoreTransaction,
 *   exec(): Promise<unknown>,
 * }} TagStoreTransaction
 * @typedef {{
 *   readonly isReady: boolean,
 *   get(key: string): Promise<string | null>,
 *   unlink(keys: string | string[]): Promise<number>,
 *   sMembers(key: string): Promise<string[]>,
 *   multi(): TagStoreTransaction,
 * }} TagStoreClient
 */

/**
 * Buffers (a page's RSC payload and segments, a route's body) as base64 text for JSON, and back.
 * @param {CacheEntry} entry
 */
function toStored(entry) {
  const value = /** @type {Record<string, unknown> | null} */ (entry.value ? { ...entry.value } : null);
  if (value?.kind === 'APP_ROUTE' && Buffer.isBuffer(value.body)) value.body = value.body.toString('base64');
  if (value?.kind === 'APP_PAGE') {
    if (Buffer.isBuffer(value.rscData)) value.rscData = value.rscData.toString('base64');
    if (value.segmentData instanceof Map) {
      value.segmentData = Object.fromEntries(
        [...value.segmentData].map(([segment, data]) => [segment, Buffer.from(data).toString('base64')]),
      );
    }
  }
  return JSON.stringify({ ...entry, value });
}

/**
 * @param {string} text
 * @returns {CacheEntry | null}
 */
function fromStored(text) {
  const entry = JSON.parse(text);
  const value = entry?.value;
  if (value?.kind === 'APP_ROUTE' && typeof value.body === 'string') value.body = Buffer.from(value.body, 'base64');
  if (value?.kind === 'APP_PAGE') {
    if (typeof value.rscData === 'string') value.rscData = Buffer.from(value.rscData, 'base64');
    if (value.segmentData && typeof value.segmentData === 'object') {
      value.segmentData = new Map(
        Object.entries(value.segmentData).map(([segment, data]) => [segment, Buffer.from(String(data), 'base64')]),
      );
    }
  }
  return entry ?? null;
}

/**
 * @param {{ client: TagStoreClient, keyPrefix: string }} options
 * @returns {Handler}
 */
export function createRedisTagStore({ client, keyPrefix }) {
  const entryKey = (/** @type {string} */ key) => `${keyPrefix}${key}`;
  const tagKey = (/** @type {string} */ tag) => `${keyPrefix}tag:${tag}`;
  const assertReady = () => {
    if (!client.isReady) throw new Error('Redis is not connected');
  };

  return {
    name: 'redis-tag-sets',
    async get(key) {
      assertReady();
      const stored = await client.get(entryKey(key));
      if (!stored) return null;
      const entry = fromStored(stored);
      if (entry?.lifespan && entry.lifespan.expireAt < Math.floor(Date.now() / 1000)) return null;
      return entry;
    },
    async set(key, entry, ctx) {
      assertReady();
      const expireAt = entry.lifespan?.expireAt ?? Math.floor(Date.now() / 1000) + DEFAULT_KEPT_SECONDS;
      const transaction = client.multi();
      transaction.set(entryKey(key), toStored(entry), {
        expiration: { type: 'EXAT', value: expireAt },
        ...(ctx?.setOnlyIfNotExists ? { condition: 'NX' } : {}),
      });
      for (const tag of new Set(entry.tags ?? [])) {
        transaction.sAdd(tagKey(tag), key);
        // A new set gets the entry's expiry; a set that has one keeps the later of the two.
        transaction.expireAt(tagKey(tag), expireAt, 'NX');
        transaction.expireAt(tagKey(tag), expireAt, 'GT');
      }
      await transaction.exec();
    },
    async revalidateTag(tag) {
      assertReady();
      const keys = await client.sMembers(tagKey(tag));
      await client.unlink([tagKey(tag), ...keys.map(entryKey)]);
    },
    async delete(key) {
      assertReady();
      await client.unlink(entryKey(key));
    },
  };
}
