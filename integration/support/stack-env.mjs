// @ts-check
/** The stack that integration/run.mjs started, as its test files see it, and ways to read the portal. */

function required(/** @type {string} */ name) {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the integration tests with \`npm run test:integration\` (or \`node integration/run.mjs\`).`);
  return value;
}

export const stack = {
  get cmsUrl() {
    return required('INTEGRATION_CMS_URL');
  },
  get portalUrl() {
    return required('INTEGRATION_PORTAL_URL');
  },
  get logDir() {
    return required('INTEGRATION_LOG_DIR');
  },
  get admin() {
    return { email: required('INTEGRATION_ADMIN_EMAIL'), password: required('INTEGRATION_ADMIN_PASSWORD') };
  },
  /** The session token of the run's one admin login (integration/run.mjs). */
  get adminToken() {
    return required('INTEGRATION_ADMIN_TOKEN');
  },
  get revalidateSecret() {
    return required('REVALIDATE_SECRET');
  },
  get previewSecret() {
    return required('PREVIEW_SECRET');
  },
};

/**
 * A page as a visitor's first request gets it: status, headers, HTML; never following redirects.
 * @param {string} url
 * @param {RequestInit} [init]
 */
export async function getPage(url, init = {}) {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000), ...init });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/**
 * Polls until `check` returns a value other than undefined, or fails after `timeoutMs` saying what
 * it was waiting for. The time it took is returned too (not asserted: timings are benchmarks').
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined>} check
 * @param {number} [timeoutMs]
 * @returns {Promise<{ value: T, elapsedMs: number }>}
 */
export async function waitFor(what, check, timeoutMs = 15_000) {
  const startedAt = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return { value, elapsedMs: Date.now() - startedAt };
    if (Date.now() - startedAt > timeoutMs) throw new Error(`Still waiting after ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
