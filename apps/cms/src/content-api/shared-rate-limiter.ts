import type { Core } from '@strapi/strapi';
import { environment } from '../environment/environment';
import { createRateLimitStore, type RateLimitStore, type SlidingWindowRateLimiter } from './rate-limit';

/** One set of counters per CMS process, in Redis when REDIS_URL is set (shared by every instance). */
let store: Promise<RateLimitStore> | undefined;

export function sharedRateLimiter(strapi: Core.Strapi): Promise<SlidingWindowRateLimiter> {
  store ??= createRateLimitStore({
    redisUrl: environment().redisUrl,
    keyPrefix: environment().redisKeyPrefix,
    onError: (message) => strapi.log.warn(message),
  });
  return store.then(({ limiter }) => limiter);
}

export async function closeSharedRateLimiter(): Promise<void> {
  const closing = store;
  store = undefined;
  if (closing) await (await closing).close();
}
