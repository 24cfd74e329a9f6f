/**
 * The content API's rate limit: who is limited, how much, and the counting itself.
 *
 * Fixed windows of one minute, counted in this process's memory: several CMS instances each
 * count on their own, and a restart forgets the counts.
 */
import type { AuthState } from './draft-access';

export interface RateLimits {
  /** Requests per minute for each client IP without an API token. */
  anonymousPerMinute: number;
  /** Requests per minute for each read-only or custom API token. */
  partnerPerMinute: number;
}

export interface RateLimitedClient {
  key: string;
  limit: number;
}

/**
 * Full-access tokens belong to the agency's own systems (the portal's server among them) and are
 * never limited. Other tokens are partners, counted per token. Everyone else is counted per IP.
 */
export function rateLimitedClient(auth: AuthState | undefined, ip: string, limits: RateLimits): RateLimitedClient | undefined {
  if (auth?.strategy?.name === 'content-api-token' && auth.credentials) {
    if (auth.credentials.type === 'full-access') return undefined;
    return { key: `token:${auth.credentials.id}`, limit: limits.partnerPerMinute };
  }
  return { key: `ip:${ip}`, limit: limits.anonymousPerMinute };
}

export interface RateLimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the client's window starts again (at least 1). */
  resetSeconds: number;
}

interface Window {
  count: number;
  resetAt: number;
}

export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, Window>();
  private nextSweepAt = 0;

  constructor(
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `key` and says whether it may go on. Refused requests are not counted. */
  hit(key: string, limit: number): RateLimitVerdict {
    const now = this.now();
    this.forgetExpired(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    const allowed = window.count < limit;
    if (allowed) window.count += 1;
    return {
      allowed,
      limit,
      remaining: limit - window.count,
      resetSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
    };
  }

  /** Keeps memory bounded by the clients of the last minute. */
  private forgetExpired(now: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + this.windowMs;
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) this.windows.delete(key);
    }
  }

  get size(): number {
    return this.windows.size;
  }
}
