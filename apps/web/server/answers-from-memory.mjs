// @ts-check
/**
 * Answers Next rendered, kept in this instance's memory and sent again as they were, without
 * Next's request path (its proxy, its router, its cache handler): the same server sending a kept
 * answer serves about the requests per second of an empty Next page, where going through Next
 * served a third of that (bench, 2026-12-07). Two memories use it: search answers
 * (search-results-cache.mjs) and cached pages (cached-pages-memory.mjs); each says which requests
 * it answers, which answers it keeps, and the version an answer is valid for.
 *
 * An answer is kept while its version holds, and at most `freshMs`; within `maxBytes`, least
 * recently used first out, so a flood of invented addresses only pushes out other answers. The
 * version is read when the request arrives, and an answer is kept only if it still holds when the
 * answer ends: one rendered from what was there before a change is never kept as if after it.
 *
 * It runs after `finishing` (pipeline.mjs): an answer sent again is finished like any page sent
 * whole (ETag, its scripts' hashes, compression), and compressed once per answer kept, even one
 * without an ETag (compressed-pages.mjs). It records the headers Next set, before the finishers
 * add theirs.
 */

import { sendsKeptAnswer } from './compressed-pages.mjs';
import { observability } from './observability.mjs';

/** Each answer's largest size (a page is 40–90 kB before compression). */
const MAX_ENTRY_BYTES = 512 * 1024;
/** Longer addresses are never kept. */
export const MAX_URL_LENGTH = 2048;
/** Next's draft-mode cookie: a staff preview. */
const DRAFT_MODE_COOKIE = '__prerender_bypass';
/**
 * next-intl's locale cookie (its default name, which i18n/routing.ts keeps). Its middleware sets it
 * from the visitor's own cookie and Accept-Language, so those are part of an answer's key, and it
 * is the only cookie an answer kept may set.
 */
const LOCALE_COOKIE = 'NEXT_LOCALE';
/** Headers of one response only, never sent again. */
const NOT_KEPT = new Set([
  'x-request-id',
  'x-search-cache',
  'x-page-cache',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

/** @typedef {import('./pipeline.mjs').Request} Request */
/** @typedef {import('./pipeline.mjs').Response} Response */
/** @typedef {Record<string, string | number | string[]>} Headers */
/** @typedef {{ version: number, keptAt: number, headers: Headers, body: Buffer, id: string }} Answer */

/** Numbers the answers kept, across memories: the version their compressed copies are kept by. */
let answersKept = 0;

/**
 * What of the visitor an answer depends on besides its address, or null for a request that is
 * never answered from memory: anything but a plain GET, React's payload for a navigation or a
 * prefetch (it varies by the router's state), a staff preview.
 * @param {Request} request
 * @returns {unknown[] | null}
 */
export function visitorKeyParts(request) {
  if (request.method !== 'GET' || !request.url || request.url.length > MAX_URL_LENGTH) return null;
  const headers = request.headers;
  if (headers.rsc !== undefined || Object.keys(headers).some((name) => name.startsWith('next-router-'))) return null;
  const cookies = String(headers.cookie ?? '');
  if (cookies.includes(DRAFT_MODE_COOKIE)) return null;
  const localeCookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookies)?.[1] ?? null;
  return [
    // The security headers differ over HTTPS (HSTS, upgrade-insecure-requests).
    headers['x-forwarded-proto'] ?? 'http',
    // What the locale cookie set in the answer depends on.
    localeCookie,
    localeCookie === null ? (headers['accept-language'] ?? null) : null,
    headers['sec-fetch-dest'] ?? null,
  ];
}

/**
 * @typedef {object} MemoryPolicy
 * @property {string} name the memory's name in the metrics (`portal_memory_answers_total{memory}`)
 * @property {string} header the response header that says HIT or MISS
 * @property {(request: Request) => string | null} keyOf an answer's key, or null: left to Next
 * @property {() => number | undefined} version what kept answers are valid for (undefined: keep nothing)
 * @property {(response: Response) => boolean} keeps whether an answer, by its status and headers as Next set them, may be kept
 * @property {number} freshMs the longest an answer is kept while its version holds
 * @property {number} maxBytes the memory for the answers
 * @property {() => number} [now]
 */

/**
 * The stage (pipeline.mjs) that answers from memory what `policy` keeps, and keeps what Next renders.
 * @param {MemoryPolicy} policy
 * @returns {import('./pipeline.mjs').Stage}
 */
export function answeringFromMemory({ name, header, keyOf, version, keeps, freshMs, maxBytes, now = Date.now }) {
  const counted = observability().memoryAnswers;
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
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
  };

  /** @param {string} key @param {number} current */
  const find = (key, current) => {
    const answer = answers.get(key);
    if (!answer) return undefined;
    if (answer.version !== current || now() - answer.keptAt > freshMs) {
      forget(key);
      return undefined;
    }
    // Most recently used: last out.
    answers.delete(key);
    answers.set(key, answer);
    return answer;
  };

  return (request, response, next) => {
    const key = keyOf(request);
    if (key === null) return next();
    const atArrival = version();
    const found = atArrival === undefined ? undefined : find(key, atArrival);
    counted.inc({ memory: name, result: found ? 'hit' : 'miss' });
    if (found) {
      response.statusCode = 200;
      for (const [name, value] of Object.entries(found.headers)) response.setHeader(name, value);
      response.setHeader(header, 'HIT');
      sendsKeptAnswer(response, found.id);
      response.end(found.body);
      return;
    }
    if (atArrival !== undefined) {
      recordAnswer(response, header, keeps, (answer) => {
        if (version() === atArrival) {
          answersKept += 1;
          keep(key, { ...answer, version: atArrival, keptAt: now(), id: `kept answer ${answersKept}` });
        }
      });
    }
    next();
  };
}

/**
 * Whether an answer sets no cookie but the locale's (which the key accounts for).
 * @param {string | number | string[] | undefined} setCookie
 */
function onlyLocaleCookie(setCookie) {
  if (setCookie === undefined) return true;
  return [setCookie].flat().every((cookie) => String(cookie).startsWith(`${LOCALE_COOKIE}=`));
}

/**
 * Follows what Next writes and hands the answer over when it ends: its headers as Next set them
 * (before the finishers), its body, if `keeps` accepts its head and it sets no cookie but the
 * locale's; such an answer is marked `header: MISS`. Anything else is not handed over.
 * @param {Response} response
 * @param {string} header
 * @param {(response: Response) => boolean} keeps
 * @param {(answer: { headers: Headers, body: Buffer }) => void} onAnswer
 */
function recordAnswer(response, header, keeps, onAnswer) {
  const { writeHead, write, end } = response;
  /** @type {Headers | null} */
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
    if (!keeps(response) || !onlyLocaleCookie(response.getHeader('set-cookie'))) keepable = false;
    else if (keepable) response.setHeader(header, 'MISS');
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
