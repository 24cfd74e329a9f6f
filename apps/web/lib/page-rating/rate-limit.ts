import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';

/**
 * Bounds on page ratings, without keeping anything about the people who rate: a client is counted
 * under a keyed hash of its address that lives only for the window (never stored with the rating,
 * never logged). With REDIS_URL every instance shares the counts in Redis (keys expire with the
 * window); without it, or while Redis does not answer, each process counts in a bounded map.
 */
export const WINDOW_SECONDS = 600;
/** Ratings one client may send per window (a person rates a few pages, not dozens). */
export const PER_CLIENT_LIMIT = 20;
/** Ratings all clients together may send per window: the CMS never takes more writes than this. */
export const GLOBAL_LIMIT = 2000;
/** Clients the in-memory counter remembers at once; beyond it, new clients count only globally. */
const MEMORY_CLIENTS = 10_000;
const REDIS_TIMEOUT_MS = 500;

// A key per process outside Redis; with Redis, one shared by the instances and renewed every window.
const processKey = randomBytes(32);
const clientKey = (address: string, window: number, sharedKey: string | undefined) =>
  createHmac('sha256', sharedKey ? `${sharedKey}:${window}` : processKey)
    .update(address)
    .digest('base64url')
    .slice(0, 22);

interface MemoryWindow {
  window: number;
  total: number;
  clients: Map<string, number>;
}
const memory: MemoryWindow = { window: -1, total: 0, clients: new Map() };

function countInMemory(client: string, window: number): { client: number; total: number } {
  if (memory.window !== window) Object.assign(memory, { window, total: 0, clients: new Map() });
  memory.total += 1;
  const known = memory.clients.get(client);
  if (known === undefined && memory.clients.size >= MEMORY_CLIENTS) return { client: 1, total: memory.total };
  const count = (known ?? 0) + 1;
  memory.clients.set(client, count);
  return { client: count, total: memory.total };
}

const makeClient = (url: string) => createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(retries * 500, 5000) } });
type Redis = ReturnType<typeof makeClient>;
let redis: Promise<Redis | null> | undefined;

function redisClient(): Promise<Redis | null> {
  const url = process.env.REDIS_URL;
  if (!url) return Promise.resolve(null);
  redis ??= (async () => {
    const client = makeClient(url);
    client.on('error', () => {
      // Reconnects by itself; meanwhile the counts are kept in memory.
    });
    await client.connect();
    return client;
  })().catch(() => {
    redis = undefined;
    return null;
  });
  return redis ?? Promise.resolve(null);
}

const withTimeout = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer')), REDIS_TIMEOUT_MS).unref())]);

async function countInRedis(client: string, window: number): Promise<{ client: number; total: number } | null> {
  const connection = await withTimeout(redisClient()).catch(() => null);
  if (!connection?.isReady) return null;
  const prefix = `${process.env.REDIS_KEY_PREFIX ?? 'welfare:'}page-rating:${window}`;
  try {
    const [clientCount, , totalCount] = await withTimeout(
      connection.multi().incr(`${prefix}:${client}`).expire(`${prefix}:${client}`, WINDOW_SECONDS).incr(`${prefix}:total`).expire(`${prefix}:total`, WINDOW_SECONDS).exec(),
    );
    return { client: Number(clientCount), total: Number(totalCount) };
  } catch {
    return null;
  }
}

/** Counts one rating from this address; false when the client or everyone together is over the limit. */
export async function allowRating(address: string, sharedKey: string | undefined, now = Date.now()): Promise<boolean> {
  const window = Math.floor(now / 1000 / WINDOW_SECONDS);
  const client = clientKey(address, window, sharedKey);
  const counts = (await countInRedis(client, window)) ?? countInMemory(client, window);
  return counts.client <= PER_CLIENT_LIMIT && counts.total <= GLOBAL_LIMIT;
}
