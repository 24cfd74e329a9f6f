import 'server-only';
import { traceparentFor } from '@welfare/types/observability';
import { currentRequestId, log, observability } from '@/observability.mjs';

/**
 * The portal's logs, request ids and metrics as Next's code uses them (observability.mjs holds
 * them, one set per process, shared with server.mjs and the cache handler).
 */
export { log, observability };

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

/** Counts a CMS request that failed: unavailable (unreachable, timeout, 5xx) or response (4xx, bad shape). */
export function countCmsError(reason: 'unavailable' | 'response'): void {
  observability().cmsErrors.inc({ reason });
}
