/**
 * Usage statistics with Web Analytics Italia (a Matomo), only when MATOMO_URL and MATOMO_SITE_ID
 * are set. Cookieless (`disableCookies`), no user id, no custom data: Matomo counts page views only.
 * IP anonymisation is a setting of the Matomo site (WAI anonymises 2 bytes by default; check
 * Administration → Privacy → Anonymise data). Without both variables the portal asks no other host.
 */
export interface AnalyticsConfiguration {
  /** Matomo's base URL, ending in `/`. */
  url: string;
  siteId: string;
  /** The one origin the Content-Security-Policy must allow: script-src (matomo.js), connect-src and img-src (its tracking requests). */
  origin: string;
}

type Environment = Record<string, string | undefined>;

export function analyticsConfiguration(env: Environment = process.env): AnalyticsConfiguration | null {
  const rawUrl = env.MATOMO_URL?.trim();
  const siteId = env.MATOMO_SITE_ID?.trim();
  if (!rawUrl || !siteId || !/^\d+$/.test(siteId)) return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const base = `${url.origin}${url.pathname.replace(/\/*$/, '/')}`;
  return { url: base, siteId, origin: url.origin };
}

/** The origin the CSP must add to script-src, connect-src and img-src, or null when statistics are off. */
export const analyticsOrigin = (env: Environment = process.env): string | null => analyticsConfiguration(env)?.origin ?? null;
