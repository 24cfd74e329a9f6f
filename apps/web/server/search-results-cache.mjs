// @ts-check
/**
 * The search page's answers, kept in this instance's memory (answers-from-memory.mjs): a repeated
 * query is sent again as it was rendered instead of rendering the whole page for every visitor (a
 * full React render was a sixth of a cached page's requests per second). An answer is kept while
 * the search index has the version it was rendered at (any change notice, any rebuild moves it:
 * search-store.ts) and at most FRESH_MS, for what depends on the clock alone (notices in force).
 *
 * Kept per instance, never in Redis: another instance may hear of a change later than this one,
 * and its own index version keys its own answers.
 *
 * The answer is sent with the headers it was rendered with, its policy's nonce included: the nonce
 * on its inline scripts was drawn when its text (the query, the results) was already fixed, so
 * knowing it later lets nothing new into that page.
 */
import { isLocaleCode } from '@welfare/types/locales';
import { answeringFromMemory, visitorKeyParts } from './answers-from-memory.mjs';
import { searchStats } from './observability.mjs';

/** Memory for the answers (a search page is 40–90 kB before compression). */
const MAX_BYTES = 16 * 1024 * 1024;
/** The longest an answer is kept while the index keeps its version (the clock: notices in force). */
const FRESH_MS = 60_000;
/** The search page of a language (`/it/search`, with or without a query string), as the proxy routes it. */
const SEARCH_PAGE = /^\/([^/?]+)\/search(?:\?|$)/;
/** What the page reads of its address (app/[locale]/search/page.tsx): the rest does not change it. */
const SEARCH_PARAMS = ['q', 'type', 'page'];

/** @typedef {import('./pipeline.mjs').Request} Request */

/**
 * The key of a search page request that may be answered from memory, or null.
 * @param {Request} request
 * @returns {string | null}
 */
export function searchAnswerKey(request) {
  // Every page passes here: the path alone decides for all but the search page, before anything is parsed.
  if (!isLocaleCode(SEARCH_PAGE.exec(request.url ?? '')?.[1])) return null;
  const visitor = visitorKeyParts(request);
  if (visitor === null) return null;
  const url = new URL(String(request.url), 'http://portal');
  if (url.searchParams.has('_rsc')) return null;
  return JSON.stringify([...visitor, url.pathname, ...SEARCH_PARAMS.map((name) => url.searchParams.getAll(name))]);
}

/**
 * The stage (pipeline.mjs), after `finishing`, that answers a repeated search from memory.
 * @param {{ now?: () => number, indexVersion?: () => number | undefined }} [options]
 * @returns {import('./pipeline.mjs').Stage}
 */
export function cachingSearchAnswers({ now = Date.now, indexVersion = () => searchStats()?.version } = {}) {
  return answeringFromMemory({
    name: 'search',
    header: 'X-Search-Cache',
    keyOf: searchAnswerKey,
    // Before the first search the index has no version yet: nothing is kept.
    version: indexVersion,
    keeps: (response) => response.statusCode === 200,
    freshMs: FRESH_MS,
    maxBytes: MAX_BYTES,
    now,
  });
}
