/**
 * The content API's rate limit: who is limited, how much, and the counting itself.
 *
 * Counted in Redis (REDIS_URL), so every CMS instance shares the counts, with rate-limiter-flexible;
 * while Redis is unreachable each process counts alone in memory (its insurance limiter), so clients
 * stay limited. Without REDIS_URL, memory only (one instance).
 *
 * A sliding window, not fixed ones: a fixed window lets a client spend its limit at the end of one
 * minute and again at the start of the next (twice the limit within seconds). Counts are kept per
 * clock minute; a request is allowed while
 *   previous minute's count × (share of the previous minute still inside the last 60 s) + this minute's count
 * stays within the limit, which approximates "at most N in any 60 seconds" (the estimate Cloudflare
 * and nginx use) with two counters per client. Refused requests are not counted.
 */
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { loggableUrl } from '@welfare/types/observability';
import type { AuthState } from './draft-access';
import { PORTAL_TOKEN_NAME, PREVIEW_TOKEN_NAME } from '../bootstrap/portal-token';
import { clientAddressKey } from './client-address';

export interface RateLimits {
  /** Requests per minute for each client IP (IPv6: each /64) without an API token. */
  anonymousPerMinute: number;
  /** Requests per minute for each read-only or custom API token. */
  partnerPerMinute: number;
  /** Requests per minute for each of the portal's own tokens (PORTAL_TOKEN_NAMES), apart from the partners'. */
  portalPerMinute: number;
}

/** The portal server's tokens (bootstrap/portal-token.ts): limited on a budget of their own. */
export const PORTAL_TOKEN_NAMES: ReadonlySet<string> = new Set([PORTAL_TOKEN_NAME, PREVIEW_TOKEN_NAME]);

export interface RateLimitedClient {
  key: string;
  limit: number;
}

/**
 * Full-access tokens belong to the agency's own systems and are never limited. The portal's own
 * tokens are counted per token on the portal's budget, apart from the partners' (no partner can spend
 * it, and it is sized for the portal's page renders). Other tokens are partners, counted per token.
 * Everyone else is counted per IP.
 */
export function rateLimitedClient(auth: AuthState | undefined, ip: string, limits: RateLimits): RateLimitedClient | undefined {
  if (auth?.strategy?.name === 'content-api-token' && auth.credentials) {
    if (auth.credentials.type === 'full-access') return undefined;
    if (typeof auth.credentials.name === 'string' && PORTAL_TOKEN_NAMES.has(auth.credentials.name)) {
      return { key: `portal-token:${auth.credentials.id}`, limit: limits.portalPerMinute };
    }
    return { key: `token:${auth.credentials.id}`, limit: limits.partnerPerMinute };
  }
  return { key: `ip:${clientAddressKey(ip)}`, limit: limits.anonymousPerMinute };
}

/** Requests refused with 401 (a wrong or revoked token), counted per client address: guessing tokens is limited too. */
export const authFailureClient = (ip: string, limits: RateLimits): RateLimitedClient => ({
  key: `auth-failures:${clientAddressKey(ip)}`,
  limit: limits.anonymousPerMinute,
});

export interface RateLimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the client may send again (refused), or until the current minute ends (allowed); at least 1. */
  resetSeconds: number;
}

/** The counters' own limit is never reached: the verdict is ours (sliding window), not the library's. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

export class SlidingWindowRateLimiter {
  constructor(
    /** Counts per (client, minute), kept for two minutes. */
    private readonly counters: RateLimiterAbstract,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `key` and says whether it may go on. */
  async hit(key: string, limit: number): Promise<RateLimitVerdict> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const elapsed = (now % this.windowMs) / this.windowMs;
    const currentKey = `${key}:${window}`;
    const [current, previous] = await Promise.all([this.counters.consume(currentKey, 1), this.counters.get(`${key}:${window - 1}`)]);
    const carried = (previous?.consumedPoints ?? 0) * (1 - elapsed);
    const used = carried + current.consumedPoints;
    const untilWindowEnds = (1 - elapsed) * this.windowMs;
    if (used <= limit) {
      return {
        allowed: true,
        limit,
        remaining: Math.max(0, Math.floor(limit - used)),
        resetSeconds: Math.max(1, Math.ceil(untilWindowEnds / 1000)),
      };
    }
    await this.counters.reward(currentKey, 1);
    return {
      allowed: false,
      limit,
      remaining: 0,
      resetSeconds: Math.max(1, Math.ceil(this.waitMs(previous?.consumedPoints ?? 0, current.consumedPoints - 1, elapsed, limit) / 1000)),
    };
  }

  /** Whether `key` is over its limit now, without counting anything (the verdict a request would get, minus the request). */
  async peek(key: string, limit: number): Promise<RateLimitVerdict> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const elapsed = (now % this.windowMs) / this.windowMs;
    const [current, previous] = await Promise.all([this.counters.get(`${key}:${window}`), this.counters.get(`${key}:${window - 1}`)]);
    const [p, c] = [previous?.consumedPoints ?? 0, current?.consumedPoints ?? 0];
    const used = p * (1 - elapsed) + c;
    if (used + 1 <= limit)
      return {
        allowed: true,
        limit,
        remaining: Math.floor(limit - used),
        resetSeconds: Math.max(1, Math.ceil(((1 - elapsed) * this.windowMs) / 1000)),
      };
    return { allowed: false, limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(this.waitMs(p, c, elapsed, limit) / 1000)) };
  }

  /** How long until one more request fits: as the previous minute's share shrinks, or into the next minute. */
  private waitMs(previous: number, current: number, elapsed: number, limit: number): number {
    // Within this minute: previous × (1 − t) + current + 1 ≤ limit.
    if (previous > 0) {
      const t = 1 - (limit - current - 1) / previous;
      if (t <= 1 && current + 1 <= limit) return Math.max(0, t - elapsed) * this.windowMs;
    }
    // In the next minute, this minute's count carries over: current × (1 − t) + 1 ≤ limit.
    const next = current > 0 ? Math.max(0, 1 - (limit - 1) / current) : 0;
    return (1 - elapsed + next) * this.windowMs;
  }
}

export interface RateLimitStore {
  limiter: SlidingWindowRateLimiter;
  close(): Promise<void>;
}

/** Kept two windows: the current one and the one before, which the sliding window reads. */
const memoryCounters = (keyPrefix: string) => new RateLimiterMemory({ keyPrefix, points: UNBOUNDED, duration: 120 });

/** The shared counters in Redis, with this process's memory as insurance while Redis is away. */
export async function createRateLimitStore(options: {
  redisUrl?: string;
  keyPrefix: string;
  onError?: (message: string) => void;
}): Promise<RateLimitStore> {
  const keyPrefix = `${options.keyPrefix}rate-limit`;
  if (!options.redisUrl) return { limiter: new SlidingWindowRateLimiter(memoryCounters(keyPrefix)), close: async () => {} };
  const { createClient } = await import('@redis/client');
  const redisUrl = options.redisUrl;
  let lastError = '';
  const client = createClient({
    url: options.redisUrl,
    // Commands fail at once while disconnected (the insurance counts), rather than waiting in a queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(250 * 2 ** retries, 5_000) },
  });
  client.on('error', (error: Error) => {
    // Once per distinct failure, not once per reconnection attempt.
    // The URL's origin only: REDIS_URL may carry Redis's password.
    if (error.message !== lastError)
      options.onError?.(
        `Rate limit: Redis at ${loggableUrl(redisUrl)} failed (${error.message}); counting in this process until it is back`,
      );
    lastError = error.message;
  });
  client.on('ready', () => {
    lastError = '';
  });
  // Waits for Redis a moment at start, so the first requests are counted where every instance sees
  // them; Redis down: the CMS starts anyway, counting in memory until the client reconnects.
  const connected = client.connect().then(
    () => true,
    () => false,
  );
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  const counters = new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix,
    points: UNBOUNDED,
    duration: 120,
    insuranceLimiter: memoryCounters(keyPrefix),
  });
  return {
    limiter: new SlidingWindowRateLimiter(counters),
    async close() {
      if (client.isOpen) await client.close().catch(() => {});
    },
  };
}
