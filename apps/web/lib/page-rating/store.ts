import 'server-only';
import { cmsBaseUrl, cmsTimeoutMs } from '@/lib/cms/client';
import { log, requestIdHeaders } from '@/lib/observability';
import { sharedSecret } from '@/lib/shared-secrets';
import type { PageRating } from './submission';

export type StoreResult = { ok: true } | { ok: false; reason: 'not-configured' | 'unavailable' | 'refused' };

/**
 * Writes a rating to the CMS with the token that may only create page ratings (CMS_RATING_TOKEN;
 * the CMS makes it at start). Only the rating itself is sent: no address, no cookie, no identifier.
 */
export async function storeRating(rating: PageRating): Promise<StoreResult> {
  const token = sharedSecret('CMS_RATING_TOKEN');
  if (!token) return { ok: false, reason: 'not-configured' };
  const data = { path: rating.path, pageLocale: rating.locale, score: rating.score, reason: rating.reason, comment: rating.comment };
  try {
    const response = await fetch(`${cmsBaseUrl()}/api/page-ratings`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${token}`,
        ...requestIdHeaders({ uncached: true }),
      },
      body: JSON.stringify({ data }),
      signal: AbortSignal.timeout(cmsTimeoutMs()),
      cache: 'no-store',
    });
    if (response.ok) return { ok: true };
    log().error(`The CMS refused a page rating: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return { ok: false, reason: response.status >= 500 ? 'unavailable' : 'refused' };
  } catch (error) {
    log().error(`The CMS at ${cmsBaseUrl()} could not store a page rating: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, reason: 'unavailable' };
  }
}
