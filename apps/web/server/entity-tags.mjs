// @ts-check
/**
 * The ETag of a response Next sends whole (a cached page, its RSC payload, the first render of one),
 * and the 304 that saves a returning visitor the page on a slow line.
 *
 * Next's own ETag (`generateEtags`, off in next.config.ts) is an FNV hash computed in JavaScript
 * over the whole page on every request: a fifth of a cached page's CPU time under load. SHA-1 in
 * Node's native code costs a few hundredths of that. The tag also keys what is done once per page
 * version: its script hashes (script-hashes.mjs) and its compressed copies (compressed-pages.mjs).
 *
 * Weak (`W/`): the same page goes out brotli-, gzip- or not compressed, and nginx may compress it again.
 */
import { createHash } from 'node:crypto';

/**
 * @param {import('./pipeline.mjs').Body} body
 * @returns {string}
 */
export function entityTagOf(body) {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Whether an If-None-Match header names `tag` (weak comparison, RFC 9110 §13.1.2).
 * @param {string | undefined} header
 * @param {string} tag
 */
export function matchesIfNoneMatch(header, tag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}

/**
 * The finisher (pipeline.mjs) that tags every successful GET or HEAD sent whole, and answers 304
 * when the visitor already has that version.
 * @returns {import('./pipeline.mjs').Finisher}
 */
export function taggingEntities() {
  return (request, response, body) => {
    if (body === null || response.statusCode !== 200 || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
    // A route handler's own tag stands; an answer that must not be stored has no version to compare.
    if (response.hasHeader('etag') || /\bno-store\b/.test(String(response.getHeader('cache-control') ?? ''))) return undefined;
    const tag = entityTagOf(body);
    response.setHeader('ETag', tag);
    if (!matchesIfNoneMatch(headerValue(request.headers['if-none-match']), tag)) return undefined;
    response.statusCode = 304;
    for (const name of ['content-length', 'content-type', 'content-encoding']) response.removeHeader(name);
    return '';
  };
}

/** @param {string | string[] | undefined} value */
const headerValue = (value) => (Array.isArray(value) ? value.join(',') : value);
