// @ts-check
/**
 * The portal's one Content-Security-Policy, assembled here and nowhere else. The proxy (proxy.ts,
 * through lib/security-headers.ts) sends it with every response; the portal's server (index.mjs)
 * adds to a page sent whole the hashes of its inline scripts (`withScriptHashes`).
 *
 * script-src never holds 'unsafe-inline'. A page's inline scripts run by one of two proofs:
 * - a nonce, for the pages rendered for each request (search, the rating form, a staff preview,
 *   everything under `next dev`): Next puts it on every inline script it writes;
 * - their hashes, for pages rendered once and cached (ISR, shared in Redis): one HTML document sent
 *   to many visitors cannot carry a per-request nonce, but the hashes are fixed with the document.
 * A page that gets neither (one Next streams, whose whole text the server never holds) keeps
 * `script-src 'self'`: it is shown without its inline scripts, as the portal works without
 * JavaScript — it fails closed, never open.
 *
 * Everything else a script could use to do harm is closed everywhere: no plugins, no <base> hijack,
 * forms post only here, no framing but the CMS's preview pane, and connect-src 'self' leaves
 * injected code no way out.
 */

/**
 * @typedef {object} PolicyOptions
 * @property {string} frameAncestors the frame-ancestors directive (lib/frame-ancestors.ts)
 * @property {boolean} https the request came over HTTPS (directly or as the proxy in front reports it)
 * @property {boolean} development `next dev`: React's debugging needs eval, and the dev server's hot reload a WebSocket
 * @property {string | null} [analyticsOrigin] the statistics host (lib/analytics.ts) when configured: its script and its tracking requests
 * @property {string} [nonce] a page rendered for this request only: the nonce Next puts on its inline scripts
 */

/** @param {PolicyOptions} options */
export function contentSecurityPolicy({ frameAncestors, https, development, analyticsOrigin, nonce }) {
  const statistics = analyticsOrigin ? ` ${analyticsOrigin}` : '';
  return [
    "default-src 'self'",
    frameAncestors,
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}${statistics}${development ? " 'unsafe-eval'" : ''}`,
    // React's style attributes (the search box's layout).
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${statistics}`,
    "font-src 'self'",
    `connect-src 'self'${statistics}${development ? ' ws: wss:' : ''}`,
    "media-src 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Whether a policy lets inline scripts run by their nonce (a page rendered for one request). */
export const hasScriptNonce = (/** @type {string} */ policy) => /(?:^|;)\s*script-src\b[^;]*'nonce-/.test(policy);

/**
 * The policy with `hashes` (`'sha256-…'` sources) added to its script-src. A policy with a nonce is
 * returned as it is: its page shows what a visitor typed, and hashing that page would allow a script
 * injected there.
 * @param {string} policy
 * @param {readonly string[]} hashes
 */
export function withScriptHashes(policy, hashes) {
  if (hashes.length === 0 || hasScriptNonce(policy)) return policy;
  return policy
    .split(';')
    .map((directive) => (/^\s*script-src\b/.test(directive) ? `${directive.trimEnd()} ${hashes.join(' ')}` : directive))
    .join(';');
}
