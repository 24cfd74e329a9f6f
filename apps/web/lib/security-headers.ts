import { contentSecurityPolicy, type PolicyOptions } from '@/server/content-security-policy.mjs';

/**
 * The security headers of every portal response (proxy.ts): pages, their 404s, /api, calendars,
 * the sitemap and the media under /uploads (which add their own sandboxing policy, lib/upload-headers.ts).
 * The Content-Security-Policy is assembled in server/content-security-policy.mjs, the one place
 * that knows it (the portal's server adds the hashes of a cached page's scripts to it there).
 */
export type SecurityHeaderOptions = PolicyOptions;

export { contentSecurityPolicy };

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
