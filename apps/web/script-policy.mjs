// @ts-check
/**
 * The script policy of a cached page, by hashes: a cached page is one HTML document sent to many
 * visitors, so it cannot carry a per-request nonce (lib/security-headers.ts); the hashes of its
 * inline scripts are as good and are fixed with the document. server.mjs sends this policy with
 * every page Next sends whole, as a second Content-Security-Policy beside the proxy's (a browser
 * enforces both: an inline script runs only if its hash is listed).
 */
import { createHash } from 'node:crypto';

/** A script element and its text: an inline script when it has no src. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
/** A type that makes a script a data block (JSON-LD), which never runs and needs no hash. */
const DATA_BLOCK = /\btype="(?!(?:text\/javascript|module)")[^"]*"/;
/** The statistics set-up (components/analytics.tsx), which loads Matomo's script from its data-url. */
const ANALYTICS = /\bsrc="\/analytics\.js"/;
const DATA_URL = /\bdata-url="([^"]+)"/;

/** @param {string} url */
function originOf(url) {
  const decoded = url.replaceAll('&amp;', '&');
  return URL.canParse(decoded) ? new URL(decoded).origin : null;
}

/**
 * `script-src 'self'` with the hash of every inline script of `html` (and the statistics host when
 * the page loads it), or null when the page has no inline script.
 * @param {string} html
 */
export function scriptHashPolicy(html) {
  const sources = new Set(["'self'"]);
  let inline = 0;
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    const analytics = ANALYTICS.test(attributes) ? DATA_URL.exec(attributes)?.[1] : undefined;
    const origin = analytics ? originOf(analytics) : null;
    if (origin) sources.add(origin);
    if (/\bsrc=/.test(attributes) || DATA_BLOCK.test(attributes)) continue;
    sources.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    inline += 1;
  }
  return inline === 0 ? null : `script-src ${[...sources].join(' ')}`;
}
