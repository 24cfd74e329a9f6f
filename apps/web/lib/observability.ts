import 'server-only';
import { traceparentFor } from '@welfare/types/observability';
import { currentRequestId, log, observability, registerSearchIndex, reportCmsUnavailable, searchStats } from '@/server/observability.mjs';

/**
 * The portal's logs, request ids and metrics as Next's code uses them (server/observability.mjs
 * holds them, one set per process, shared with the portal's server and the cache handler).
 */
export { log, observability, registerSearchIndex, reportCmsUnavailable, searchStats };

/**
 * Headers that carry the current request's id to the CMS. `traceparent` always (Next leaves it out
 * of its fetch cache keys); X-Request-Id too on a request that is never cached (`uncached`), where
 * a header of its own cannot split the cache.
 */
export function requestIdHeaders({ uncached }: { uncached: boolean }): Record<string, string> {
  const requestId = currentRequestId();
  if (!requestId) return {};
  return uncached ? { traceparent: traceparentFor(requestId), 'X-Request-Id': requestId } : { traceparent: traceparentFor(requestId) };
}

/** Counts a CMS answer the portal cannot use (4xx, bad shape); an unavailable CMS is `reportCmsUnavailable`. */
export function countCmsResponseError(): void {
  observability().cmsErrors.inc({ reason: 'response' });
}
