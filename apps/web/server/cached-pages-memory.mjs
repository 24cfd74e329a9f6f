// @ts-check
/**
 * Cached pages kept in this instance's memory (answers-from-memory.mjs): a page Next answers from
 * its cache (`X-Nextjs-Cache: HIT`) is sent again from here, without Next's request path, which
 * was two thirds of a cached page's time (bench, 2026-12-07).
 *
 * Kept only while no page may have changed (page-generation.mjs: every tag revalidated by this
 * instance or announced by another one, and Redis back after an outage, empties it at once), and
 * at most FRESH_MS: a page past its revalidation time is asked of Next again, which serves it stale
 * and renders it anew. Within MAX_BYTES, least recently used first out.
 *
 * Only addresses without a query string: the proxy redirects some (a filtered list's form), and a
 * flood of invented query strings must not push real pages out. 404s, redirects, stale pages,
 * pages rendered for one request (search, previews, with a nonce) are never kept.
 */
import { isLocaleCode } from '@welfare/types/locales';
import { answeringFromMemory, visitorKeyParts } from './answers-from-memory.mjs';
import { pageGeneration } from './page-generation.mjs';

/** Memory for the pages (a page is 40–90 kB before compression: some hundreds of the most read). */
const MAX_BYTES = 32 * 1024 * 1024;
/** The longest a page is kept: past it, Next decides again whether it is fresh. */
const FRESH_MS = 30_000;
/** A page of a language, without a query string: `/it`, `/ar/services/…`. */
const PAGE = /^\/([^/?#]+)(?:\/[^?#]*)?$/;

/** @typedef {import('./pipeline.mjs').Request} Request */
/** @typedef {import('./pipeline.mjs').Response} Response */

/**
 * The key of a page request that may be answered from memory, or null.
 * @param {Request} request
 * @returns {string | null}
 */
export function cachedPageKey(request) {
  const url = request.url ?? '';
  if (!isLocaleCode(PAGE.exec(url)?.[1])) return null;
  const visitor = visitorKeyParts(request);
  return visitor === null ? null : JSON.stringify([...visitor, url]);
}

/**
 * A page Next sent from its cache, fresh, to be stored by anyone.
 * @param {Response} response
 */
function isFreshCachedPage(response) {
  return (
    response.statusCode === 200 &&
    response.getHeader('x-nextjs-cache') === 'HIT' &&
    !/\b(?:private|no-store)\b/.test(String(response.getHeader('cache-control') ?? ''))
  );
}

/**
 * The stage (pipeline.mjs), after `finishing`, that answers cached pages from memory.
 * @param {{ now?: () => number, generation?: () => number }} [options]
 * @returns {import('./pipeline.mjs').Stage}
 */
export function servingCachedPagesFromMemory({ now = Date.now, generation = pageGeneration } = {}) {
  return answeringFromMemory({
    name: 'pages',
    header: 'X-Page-Cache',
    keyOf: cachedPageKey,
    version: generation,
    keeps: isFreshCachedPage,
    freshMs: FRESH_MS,
    maxBytes: MAX_BYTES,
    now,
  });
}
