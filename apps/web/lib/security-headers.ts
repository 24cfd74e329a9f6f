/**
 * The security headers of every portal response (proxy.ts): pages, their 404s, /api, calendars,
 * the sitemap and the media under /uploads (which add their own sandboxing policy, lib/upload-headers.ts).
 *
 * script-src: pages are prerendered and cached (ISR, shared in Redis), so one HTML document is sent
 * to many visitors. A per-request nonce would have to be in that cached HTML: Next only adds nonces
 * while rendering each request dynamically, which would end the page cache (every view a full render
 * and CMS round trip). So this policy allows 'unsafe-inline' on cached pages, and the portal's
 * server adds to every page Next sends whole a second policy with the hashes of exactly its inline
 * scripts (server.mjs, script-policy.mjs): the browser enforces both, so only those scripts run.
 * The pages rendered for every request anyway, which show what a visitor typed (search, the rating
 * form), get a nonce instead (`nonce`): no inline script runs there without it.
 * Everything else a script could use to do harm is closed everywhere: no plugins, no <base> hijack,
 * forms post only here, no framing but the CMS's preview pane, and connect-src 'self' leaves
 * injected code no way out.
 */
export interface SecurityHeaderOptions {
  /** The frame-ancestors directive (lib/frame-ancestors.ts). */
  frameAncestors: string;
  /** The request came over HTTPS (directly or as the proxy in front reports it). */
  https: boolean;
  /** `next dev`: React's debugging needs eval, and the dev server's hot reload a WebSocket. */
  development: boolean;
  /** The statistics host (Web Analytics Italia, lib/analytics.ts) when configured: its script and its tracking requests. */
  analyticsOrigin?: string | null;
  /** A page rendered for this request only: the nonce Next puts on its inline scripts. */
  nonce?: string;
}

export function contentSecurityPolicy({ frameAncestors, https, development, analyticsOrigin, nonce }: SecurityHeaderOptions): string {
  const statistics = analyticsOrigin ? ` ${analyticsOrigin}` : '';
  const inline = nonce ? `'nonce-${nonce}'` : "'unsafe-inline'";
  return [
    "default-src 'self'",
    frameAncestors,
    `script-src 'self' ${inline}${statistics}${development ? " 'unsafe-eval'" : ''}`,
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

/** Features the portal never uses, off for it and anything it frames. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/** One year, as HSTS preload lists ask; only sent over HTTPS (browsers ignore it over HTTP anyway). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function securityHeaders(options: SecurityHeaderOptions, { withPolicy = true } = {}): Record<string, string> {
  return {
    ...(withPolicy ? { 'Content-Security-Policy': contentSecurityPolicy(options) } : {}),
    ...(options.https ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Whether a request reached the portal over HTTPS: its own URL, or the scheme the proxy in front reports. */
export function isHttps(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === 'https:' || forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}
