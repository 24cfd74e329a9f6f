// @ts-check
/**
 * The CMS's admin HTTP API, for browser tests that check what staff see. The e2e CMS runs in
 * production mode with no admin: the first test to need one registers it (Strapi's first-admin
 * registration, open only while there is none), the others log in with the same credentials.
 */
const ADMIN = { email: 'e2e-admin@welfare.local', password: 'E2eAdmin2026!', firstname: 'E2E', lastname: 'Admin' };

function cmsUrl(path) {
  const base = process.env.E2E_CMS_URL;
  if (!base) throw new Error('E2E_CMS_URL is not set: run the browser tests with `npm run test:e2e`.');
  return `${base}${path}`;
}

async function post(path, body) {
  const response = await fetch(cmsUrl(path), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

/** A JWT of the admin: registered on first use, logged in afterwards. */
export async function adminJwt() {
  const registered = await post('/admin/register-admin', ADMIN);
  if (registered.status === 201 || registered.status === 200) return registered.body.data.token;
  const login = await post('/admin/login', { email: ADMIN.email, password: ADMIN.password });
  if (login.status !== 200) throw new Error(`Admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.data.token;
}

/** Page ratings of one page as staff list them in the admin (content manager). */
export async function ratingsOf(path) {
  const jwt = await adminJwt();
  const query = new URLSearchParams({ 'filters[path][$eq]': path, pageSize: '100' });
  const response = await fetch(cmsUrl(`/content-manager/collection-types/api::page-rating.page-rating?${query}`), { headers: { Authorization: `Bearer ${jwt}` } });
  if (response.status !== 200) throw new Error(`Listing the ratings failed: ${response.status} ${await response.text()}`);
  return /** @type {{ results: Array<{ path: string, pageLocale: string, score: number, reason: string, comment: string | null }> }} */ (await response.json()).results;
}
