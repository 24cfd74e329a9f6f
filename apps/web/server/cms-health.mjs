// @ts-check
/**
 * What the portal's server knows of the CMS: when the work of a request last found it unavailable
 * (unreachable, too slow, a 5xx, the portal's budget spent). The server makes one and hands it to
 * every request's context (observability.mjs, `reportCmsUnavailable`), where the CMS client reports
 * to it; the outage page (outage-page.mjs) reads it to tell a page that failed because the CMS is
 * down (503) from one that failed for another reason (500).
 *
 * Kept for a window rather than per request: Next renders a page once for all the requests waiting
 * for it, and reports in the context of one of them.
 */

/** A page failing this soon after the CMS was found unavailable failed because of the CMS. */
const OUTAGE_WINDOW_MS = 30_000;

/**
 * @typedef {{ reportUnavailable(now?: number): void, unavailableRecently(now?: number): boolean }} CmsHealth
 * @returns {CmsHealth}
 */
export function cmsHealth(windowMs = OUTAGE_WINDOW_MS) {
  /** @type {number | null} */
  let lastUnavailableAt = null;
  return {
    reportUnavailable(now = Date.now()) {
      lastUnavailableAt = now;
    },
    unavailableRecently(now = Date.now()) {
      return lastUnavailableAt !== null && now - lastUnavailableAt < windowMs;
    },
  };
}
