// @ts-check
/**
 * The hashes of a page's inline scripts, the proof by which a cached page's scripts run under the
 * portal's policy (content-security-policy.mjs): a cached page is one HTML document sent to many
 * visitors, so it cannot carry a per-request nonce; the hashes are fixed with the document.
 */
import { createHash } from 'node:crypto';
import { hasScriptNonce, withScriptHashes } from './content-security-policy.mjs';

/** A script element and its text: an inline script when it has no src. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
/** A type that makes a script a data block (JSON-LD), which never runs and needs no hash. */
const DATA_BLOCK = /\btype="(?!(?:text\/javascript|module)")[^"]*"/;

/**
 * `'sha256-…'` of every inline script of `html` (none for a script loaded from a file or a data block).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\bsrc=/.test(attributes) || DATA_BLOCK.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** Pages sent lately, by ETag (entity-tags.mjs): a cached page is read once per version. */
const KEPT = 2000;

/**
 * `inlineScriptHashes`, remembered by ETag for the last KEPT pages. The page is decoded only for a
 * version not seen yet: decoding a page on every request was half of a page's time sent from
 * memory (bench, 2026-12-07).
 * @returns {(body: import('./pipeline.mjs').Body, etag: string | undefined) => string[]}
 */
export function rememberedScriptHashes() {
  /** @type {Map<string, string[]>} */
  const known = new Map();
  return (body, etag) => {
    const remembered = etag === undefined ? undefined : known.get(etag);
    if (remembered) return remembered;
    const hashes = inlineScriptHashes(String(body));
    if (etag !== undefined) {
      if (known.size >= KEPT) known.delete(/** @type {string} */ (known.keys().next().value));
      known.set(etag, hashes);
    }
    return hashes;
  };
}

/**
 * The finisher (pipeline.mjs) that adds to the policy of an HTML page sent whole the hashes of its
 * inline scripts. A page streamed (`body` null) keeps the policy the proxy gave it, which lets no
 * inline script run without a nonce: it fails closed.
 * @returns {import('./pipeline.mjs').Finisher}
 */
export function addingScriptHashes() {
  const hashesOf = rememberedScriptHashes();
  return (_request, response, body) => {
    const policy = response.getHeader('content-security-policy');
    if (body === null || typeof policy !== 'string' || hasScriptNonce(policy)) return undefined;
    if (!String(response.getHeader('content-type') ?? '').startsWith('text/html')) return undefined;
    const etag = response.getHeader('etag');
    response.setHeader('Content-Security-Policy', withScriptHashes(policy, hashesOf(body, typeof etag === 'string' ? etag : undefined)));
    return undefined;
  };
}
