import { analyticsConfiguration } from '@/lib/analytics';

/**
 * Matomo's tracker, cookieless, when configured (lib/analytics.ts); nothing at all otherwise. The
 * set-up is a file of the portal's own (public/analytics.js), not an inline script, so the CSP needs
 * only the Matomo origin. Read when the page is rendered on the server.
 */
export function Analytics() {
  const configuration = analyticsConfiguration();
  if (!configuration) return null;
  return <script async src="/analytics.js" data-url={configuration.url} data-site={configuration.siteId} />;
}
