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

/**
 * A rating over its client's limit is refused without touching the global count: only the accepted
 * ones use up the budget everyone shares, so one client cannot switch ratings off for all.
 */
function countInMemory(client: string, window: number): RatingDecision {
  if (memory.window !== window) Object.assign(memory, { window, total: 0, clients: new Map() });
  const known = memory.clients.get(client);
  const count = (known ?? 0) + 1;
  if (known !== undefined || memory.clients.size < MEMORY_CLIENTS) memory.clients.set(client, count);
  if (count > PER_CLIENT_LIMIT) return 'client-limit';
  if (memory.total >= GLOBAL_LIMIT) return 'global-limit';
  memory.total += 1;
  return 'accepted';
}

const makeClient = (url: string) =>
  createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(retries * 500, 5000) } });
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
    // The counter alone never keeps the process alive (a shutdown, a test run).
    client.unref();
    return client;
  })().catch(() => {
    redis = undefined;
    return null;
  });
  return redis ?? Promise.resolve(null);
}

const withTimeout = <T>(promise: Promise<T>) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer')), REDIS_TIMEOUT_MS).unref()),
  ]);

// The same decision in one atomic step, shared by the instances: the client's count, then the
// global one only for a rating the client may send, and only while under the global limit.
const DECIDE = `
local client = redis.call('INCR', KEYS[1])
if client == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
if client > tonumber(ARGV[2]) then return 'client-limit' end
local total = tonumber(redis.call('GET', KEYS[2]) or '0')
if total >= tonumber(ARGV[3]) then return 'global-limit' end
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[1])
return 'accepted'`;

async function countInRedis(client: string, window: number): Promise<RatingDecision | null> {
  const connection = await withTimeout(redisClient()).catch(() => null);
  if (!connection?.isReady) return null;
  const prefix = `${process.env.REDIS_KEY_PREFIX ?? 'welfare:'}page-rating:${window}`;
  try {
    const decision = await withTimeout(
      connection.eval(DECIDE, {
        keys: [`${prefix}:${client}`, `${prefix}:total`],
        arguments: [String(WINDOW_SECONDS), String(PER_CLIENT_LIMIT), String(GLOBAL_LIMIT)],
      }),
    );
    return decision === 'accepted' || decision === 'client-limit' || decision === 'global-limit' ? decision : null;
  } catch {
    return null;
  }
}

/** Why a rating may or may not be sent now. */
export type RatingDecision = 'accepted' | 'client-limit' | 'global-limit';

/**
 * Counts one rating from this client (its address key: IPv4 address or IPv6 /64); 'accepted' when
 * neither the client nor everyone together is over the limit. Refused ratings count only for their client.
 */
export async function allowRating(addressKey: string, sharedKey: string | undefined, now = Date.now()): Promise<RatingDecision> {
  const window = Math.floor(now / 1000 / WINDOW_SECONDS);
  const client = clientKey(addressKey, window, sharedKey);
  return (await countInRedis(client, window)) ?? countInMemory(client, window);
}
