import { errors } from '@strapi/utils';
import type { RateLimitVerdict } from './rate-limit';

interface HeaderTarget {
  set(headers: Record<string, string>): void;
}

/** RateLimit-* on every limited answer; past the limit, Retry-After and Strapi's 429 error. */
export function applyVerdict(response: HeaderTarget, verdict: RateLimitVerdict, what = 'requests'): void {
  response.set({
    'RateLimit-Limit': String(verdict.limit),
    'RateLimit-Remaining': String(verdict.remaining),
    'RateLimit-Reset': String(verdict.resetSeconds),
  });
  if (verdict.allowed) return;
  response.set({ 'Retry-After': String(verdict.resetSeconds) });
  throw new errors.RateLimitError(
    `Too many ${what}: the limit is ${verdict.limit} a minute. Try again in ${verdict.resetSeconds} seconds.`,
    {
      retryAfterSeconds: verdict.resetSeconds,
    },
  );
}
