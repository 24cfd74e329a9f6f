/**
 * Whether a rating was sent from the portal's own pages, so that another site cannot make its
 * visitors' browsers submit ratings (a cross-site form post or fetch). Browsers say where a request
 * comes from: Sec-Fetch-Site (all current ones) and Origin (on every POST). Either saying "another
 * site" refuses the request; a client that sends neither (not a browser: curl, a test) is let
 * through to the rate limit, since no visitor's browser can be made to send it.
 */
export function isSentFromPortal(headers: Headers, portalUrl: string): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (origin === null) return true;
  if (origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const own = new Set([new URL(portalUrl).host.toLowerCase()]);
  // The host the browser addressed (behind the proxy, the one it forwards), for a portal reached
  // under another name than PORTAL_URL (a test address, an alias).
  for (const host of [headers.get('host'), headers.get('x-forwarded-host')]) if (host) own.add(host.split(',')[0].trim().toLowerCase());
  return own.has(originHost);
}
