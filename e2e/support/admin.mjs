// @ts-check
/**
 * What staff see in the admin, for browser tests that check it: through the staff session that
 * e2e/run.mjs opened for the run (one login: the admin allows few a minute from one address).
 */
import { tokenSession } from '@welfare/test-support/admin';

/**
 * Logs in to the admin in the browser, through its login form, as the run's staff member.
 * @param {import('playwright-core').Page} page
 */
export async function logInToAdmin(page) {
  const { E2E_CMS_URL: cmsUrl, E2E_ADMIN_EMAIL: email, E2E_ADMIN_PASSWORD: password } = process.env;
  if (!cmsUrl || !email || !password)
    throw new Error('E2E_CMS_URL, E2E_ADMIN_EMAIL or E2E_ADMIN_PASSWORD is not set: run the browser tests with `npm run test:e2e`.');
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await Promise.all([page.waitForURL(/\/admin\/?$/), page.locator('button[type=submit]').click()]);
}

function staff() {
  const cmsUrl = process.env.E2E_CMS_URL;
  const token = process.env.E2E_ADMIN_TOKEN;
  if (!cmsUrl || !token) throw new Error('E2E_CMS_URL or E2E_ADMIN_TOKEN is not set: run the browser tests with `npm run test:e2e`.');
  return tokenSession(cmsUrl, token);
}

/**
 * Page ratings of one page as staff list them in the admin (content manager).
 * @param {string} path
 */
export async function ratingsOf(path) {
  const query = new URLSearchParams({ 'filters[path][$eq]': path, pageSize: '100' });
  const body = await staff().get(`/content-manager/collection-types/api::page-rating.page-rating?${query}`);
  return /** @type {{ results: Array<{ path: string, pageLocale: string, score: number, reason: string, comment: string | null }> }} */ (
    body
  ).results;
}

/**
 * The portal path the admin's "Open preview" opens for an entry in a locale (the CMS signs it for
 * the staff session: one document, one locale, valid 10 minutes).
 * @param {string} uid @param {string} locale @param {string} slug
 */
export async function adminPreviewPath(uid, locale, slug) {
  const session = staff();
  const { documentId } = await session.findBySlug(uid, locale, slug);
  const query = new URLSearchParams({ documentId, locale, status: 'draft' });
  const body = /** @type {{ data: { url?: string } }} */ (await session.get(`/content-manager/preview/url/${uid}?${query}`));
  if (!body.data.url) throw new Error(`The CMS gave no preview link for ${uid} ${slug} (${locale})`);
  const url = new URL(body.data.url);
  return `${url.pathname}${url.search}`;
}
