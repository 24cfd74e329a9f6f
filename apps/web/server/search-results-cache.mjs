// @ts-check
/**
 * The search page's answers, kept in this instance's memory: a repeated query is sent again as it
 * was rendered instead of rendering the whole page for every visitor (a full React render was a
 * sixth of a cached page's requests per second). An answer is kept while the search index has the
 * version it was rendered at (any change notice, any rebuild moves it: search-store.ts) and at
 * most FRESH_MS, for what depends on the clock alone (notices in force); within MAX_BYTES, least
 * recently used first out, so a flood of invented queries only pushes out other answers.
 *
 * Kept per instance, never in Redis: another instance may hear of a change later than this one,
 * and its own index version keys its own answers.
 *
 * The answer is sent with the headers it was rendered with, its policy's nonce included: the nonce
 * on its inline scripts was drawn when its text (the query, the results) was already fixed, so
 * knowing it later lets nothing new into that page. Browser navigations (React's payload
 * requests), staff previews and anything but a plain GET go to Next as before.
 */
import { isLocaleCode } from '@welfare/types/locales';
import { searchStats } from './observability.mjs';

/** Memory for the answers (a search page is 40–90 kB before compression). */
const MAX_BYTES = 16 * 1024 * 1024;
/** Larger answers are not kept. */
const MAX_ENTRY_BYTES = 512 * 1024;
/** The longest an answer is kept while the index keeps its version (the clock: notices in force). */
const FRESH_MS = 60_000;
/** The search page of a language (`/it/search`, with or without a query string), as the proxy routes it. */
const SEARCH_PAGE = /^\/([^/?]+)\/search(?:\?|$)/;
/** What the page reads of its address (app/[locale]/search/page.tsx): the rest does not change it. */
const SEARCH_PARAMS = ['q', 'type', 'page'];
/** Longer addresses are not kept (a search box's query is much shorter). */
const MAX_URL_LENGTH = 2048;
/** Next's draft-mode cookie: a staff preview. */
const DRAFT_MODE_COOKIE = '__prerender_bypass';
/**
 * next-intl's locale cookie (its default name, which i18n/routing.ts keeps). Its middleware sets it
 * from the visitor's own cookie and Accept-Language, so those are part of an answer's key, and it
 * is the only cookie an answer kept may set.
 */
const LOCALE_COOKIE = 'NEXT_LOCALE';
/** Headers of one response only, never sent again. */
const NOT_KEPT = new Set(['x-request-id', 'x-search-cache', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** @typedef {import('./pipeline.mjs').Request} Request */
/** @typedef {import('./pipeline.mjs').Response} Response */
/** @typedef {{ version: number, keptAt: number, headers: Record<string, string | number | string[]>, body: Buffer }} Answer */

/**
 * The key of a search page request that may be answered from memory, or null.
 * @param {Request} request
 * @returns {string | null}
 */
export function searchAnswerKey(request) {
  if (request.method !== 'GET' || !request.url || request.url.length > MAX_URL_LENGTH) return null;
  // Every page passes here: the path alone decides for all but the search page, before anything is parsed.
  if (!isLocaleCode(SEARCH_PAGE.exec(request.url)?.[1])) return null;
  const headers = request.headers;
  // React's payload for a navigation in the browser, or a prefetch: it varies by the router's state.
  if (headers.rsc !== undefined || Object.keys(headers).some((name) => name.startsWith('next-router-'))) return null;
  const cookies = String(headers.cookie ?? '');
  if (cookies.includes(DRAFT_MODE_COOKIE)) return null;
  const url = new URL(request.url, 'http://portal');
  if (url.searchParams.has('_rsc')) return null;
  const localeCookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookies)?.[1] ?? null;
  return JSON.stringify([
    // The security headers differ over HTTPS (HSTS, upgrade-insecure-requests).
    headers['x-forwarded-proto'] ?? 'http',
    // What the locale cookie set in the answer depends on.
    localeCookie,
    localeCookie === null ? (headers['accept-language'] ?? null) : null,
    headers['sec-fetch-dest'] ?? null,
    url.pathname,
    ...SEARCH_PARAMS.map((name) => url.searchParams.getAll(name)),
  ]);
}

/**
 * The stage (pipeline.mjs), after `finishing` so that an answer sent again is finished like any
 * page sent whole, that answers a repeated search from memory and keeps what Next renders.
 * @param {{ now?: () => number, indexVersion?: () => number | undefined }} [options]
 * @returns {import('./pipeline.mjs').Stage}
 */
export function cachingSearchAnswers({ now = Date.now, indexVersion = () => searchStats()?.version } = {}) {
  /** @type {Map<string, Answer>} the least recently used first */
  const answers = new Map();
  let bytes = 0;

  /** @param {string} key */
  const forget = (key) => {
    const answer = answers.get(key);
    if (!answer) return;
    answers.delete(key);
    bytes -= answer.body.length;
  };

  /** @param {string} key @param {Answer} answer */
  const keep = (key, answer) => {
    forget(key);
    answers.set(key, answer);
    bytes += answer.body.length;
    for (const oldest of answers.keys()) {
      if (bytes <= MAX_BYTES) break;
      forget(oldest);
    }
  };

  /** @param {string} key @param {number} version */
  const find = (key, version) => {
    const answer = answers.get(key);
    if (!answer) return undefined;
    if (answer.version !== version || now() - answer.keptAt > FRESH_MS) {
      forget(key);
      return undefined;
    }
    // Most recently used: last out.
    answers.delete(key);
    answers.set(key, answer);
    return answer;
  };

  return (request, response, next) => {
    const key = searchAnswerKey(request);
    if (key === null) return next();
    const version = indexVersion();
    const found = version === undefined ? undefined : find(key, version);
    if (found) {
      response.statusCode = 200;
      for (const [name, value] of Object.entries(found.headers)) response.setHeader(name, value);
      response.setHeader('X-Search-Cache', 'HIT');
      response.end(found.body);
      return;
    }
    response.setHeader('X-Search-Cache', 'MISS');
    // Before the first search the index has no version yet: that answer is not kept.
    if (version !== undefined) recordAnswer(response, (answer) => keep(key, { ...answer, version, keptAt: now() }));
    next();
  };
}

/**
 * Whether an answer sets no cookie but the locale's (which its key accounts for).
 * @param {string | number | string[] | undefined} setCookie
 */
function onlyLocaleCookie(setCookie) {
  if (setCookie === undefined) return true;
  return [setCookie].flat().every((cookie) => String(cookie).startsWith(`${LOCALE_COOKIE}=`));
}

/**
 * Follows what Next writes and hands the answer over when it ends: status 200, its headers as Next
 * set them (before the finishers), its body. Anything else is not handed over.
 * @param {Response} response
 * @param {(answer: { headers: Answer['headers'], body: Buffer }) => void} onAnswer
 */
function recordAnswer(response, onAnswer) {
  const { writeHead, write, end } = response;
  /** @type {Answer['headers'] | null} */
  let headers = null;
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let keepable = true;

  // The head as Next decided it, before the stages nearer the wire add theirs.
  const noteHead = () => {
    if (headers !== null) return;
    headers = {};
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (value !== undefined && !NOT_KEPT.has(name)) headers[name] = value;
    }
    if (response.statusCode !== 200 || !onlyLocaleCookie(response.getHeader('set-cookie'))) keepable = false;
  };
  /** @param {unknown} chunk */
  const noteChunk = (chunk) => {
    if (!keepable || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk instanceof Uint8Array ? Buffer.from(chunk) : null;
    if (buffer === null) return;
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      keepable = false;
      chunks.length = 0;
    } else chunks.push(buffer);
  };

  response.writeHead = /** @type {Response['writeHead']} */ (
    function (/** @type {number} */ statusCode, /** @type {unknown[]} */ ...rest) {
      // Headers given here rather than set before: a head this recorder does not copy.
      if (rest.some((argument) => argument !== undefined && typeof argument !== 'string')) keepable = false;
      response.statusCode = statusCode;
      noteHead();
      return writeHead.apply(this, /** @type {Parameters<typeof writeHead>} */ ([statusCode, ...rest]));
    }
  );
  response.write = /** @type {Response['write']} */ (
    function (/** @type {unknown[]} */ ...args) {
      noteHead();
      noteChunk(args[0]);
      return write.apply(this, /** @type {Parameters<typeof write>} */ (args));
    }
  );
  response.end = /** @type {Response['end']} */ (
    function (/** @type {unknown[]} */ ...args) {
      noteHead();
      noteChunk(args[0]);
      // A visitor who left before the end: a half-written answer is not kept.
      if (keepable && headers !== null && !response.destroyed) onAnswer({ headers, body: Buffer.concat(chunks) });
      return end.apply(this, /** @type {Parameters<typeof end>} */ (args));
    }
  );
}
