// @ts-check
/**
 * What staff see in the admin, for browser tests that check it: through the staff session that
 * e2e/run.mjs opened for the run (one login: the admin allows few a minute from one address).
 */
import { tokenSession } from '@welfare/test-support/admin';

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
  return /** @type {{ results: Array<{ path: string, pageLocale: string, score: number, reason: string, comment: string | null }> }} */ (body).results;
}
