/**
 * When the CMS last failed to answer, kept on globalThis so that the portal's server (server.mjs,
 * outside Next's bundles, same process) can tell a page that failed because the CMS is down
 * (503, "temporarily unavailable") from a page that failed for another reason (500).
 */
export const CMS_HEALTH_KEY = Symbol.for('welfare.cms-health');

interface CmsHealth {
  lastFailureAt: number;
}

const store = globalThis as typeof globalThis & { [CMS_HEALTH_KEY]?: CmsHealth };

export function recordCmsFailure(now = Date.now()): void {
  store[CMS_HEALTH_KEY] = { lastFailureAt: now };
}
