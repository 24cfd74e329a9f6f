// @ts-check
/**
 * The CMS's admin HTTP API, as the admin panel uses it: the integration tests change and publish
 * content the way staff do, so the CMS's own hooks (the portal's notification) run as in production.
 */

/**
 * @typedef {{ status: number, headers: Headers, body: unknown }} JsonResponse
 * @typedef {{ documentId: string, title: string, name: string, slug: string, [field: string]: unknown }} AdminEntry
 *   an entry as the content manager lists it (`title` or `name` depending on the type)
 */

/**
 * @param {string} baseUrl
 * @param {string} method
 * @param {string} path
 * @param {{ token?: string, body?: unknown }} [options]
 * @returns {Promise<JsonResponse>}
 */
async function request(baseUrl, method, path, options = {}) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

/** The first admin of a production CMS with none yet: what the first visit to /admin does. */
export async function registerFirstAdmin(baseUrl, email, password) {
  const response = await request(baseUrl, 'POST', '/admin/register-admin', {
    body: { firstname: 'Integration', lastname: 'Tests', email, password },
  });
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(`Registering the first admin failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

const contentManager = (/** @type {string} */ uid) => `/content-manager/collection-types/${uid}`;

/**
 * Logs in as staff do: the admin session's token. The admin allows few logins a minute from one
 * address, so a test run logs in once and shares the token (`tokenSession`).
 * @param {string} baseUrl
 * @param {string} email
 * @param {string} password
 */
export async function adminToken(baseUrl, email, password) {
  const login = await request(baseUrl, 'POST', '/admin/login', { body: { email, password } });
  if (login.status !== 200) throw new Error(`Admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return /** @type {{ data: { token: string } }} */ (login.body).data.token;
}

/**
 * A logged-in staff session on the CMS.
 * @param {string} baseUrl
 * @param {string} email
 * @param {string} password
 */
export async function adminSession(baseUrl, email, password) {
  return tokenSession(baseUrl, await adminToken(baseUrl, email, password));
}

/**
 * The staff session of a token from `adminToken`.
 * @param {string} baseUrl
 * @param {string} token
 */
export function tokenSession(baseUrl, token) {
  /** @param {string} method @param {string} path @param {unknown} [body] */
  const call = async (method, path, body) => {
    const response = await request(baseUrl, method, path, { token, body });
    if (response.status >= 400) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  return {
    /** Any admin API read, e.g. the content manager's preview URL. */
    get(/** @type {string} */ path) {
      return call('GET', path);
    },
    /** The entry with this slug in this locale (draft version, as the content manager lists it). */
    async findBySlug(/** @type {string} */ uid, /** @type {string} */ locale, /** @type {string} */ slug) {
      const query = new URLSearchParams({ locale, 'filters[slug][$eq]': slug, pageSize: '1' });
      const body = /** @type {{ results?: AdminEntry[] }} */ (await call('GET', `${contentManager(uid)}?${query}`));
      const entry = body.results?.[0];
      if (!entry) throw new Error(`No ${uid} with slug ${slug} in ${locale}`);
      return entry;
    },
    /** Saves the draft of one locale (the public does not see it until it is published). */
    saveDraft(
      /** @type {string} */ uid,
      /** @type {string} */ documentId,
      /** @type {string} */ locale,
      /** @type {Record<string, unknown>} */ data,
    ) {
      return call('PUT', `${contentManager(uid)}/${documentId}?locale=${locale}`, data);
    },
    /** "Create new entry": a new document's draft in one locale. */
    async createDraft(/** @type {string} */ uid, /** @type {string} */ locale, /** @type {Record<string, unknown>} */ data) {
      const body = /** @type {{ data: AdminEntry }} */ (await call('POST', `${contentManager(uid)}?locale=${locale}`, data));
      return body.data;
    },
    /**
     * The media library's upload, as the admin sends it (multipart, the file's alternative text in `fileInfo`).
     * @param {{ name: string, type: string, bytes: Uint8Array, alternativeText?: string | null }} file
     * @returns {Promise<Record<string, unknown> & { id: number, url: string, name: string }>}
     */
    async upload(file) {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
      form.append('fileInfo', JSON.stringify({ name: file.name, alternativeText: file.alternativeText ?? null, caption: null }));
      const response = await fetch(`${baseUrl}/upload`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: form,
        signal: AbortSignal.timeout(60_000),
      });
      const text = await response.text();
      if (response.status >= 400) throw new Error(`POST /upload answered ${response.status}: ${text}`);
      return JSON.parse(text)[0];
    },
    /** The "Publish" button: publishes the locale's draft as it is. */
    publish(/** @type {string} */ uid, /** @type {string} */ documentId, /** @type {string} */ locale) {
      return call('POST', `${contentManager(uid)}/${documentId}/actions/publish?locale=${locale}`, {});
    },
    unpublish(/** @type {string} */ uid, /** @type {string} */ documentId, /** @type {string} */ locale) {
      return call('POST', `${contentManager(uid)}/${documentId}/actions/unpublish?locale=${locale}`, {});
    },
    /** "Delete document" (every language, `*`) or "Delete locale" (one). */
    remove(/** @type {string} */ uid, /** @type {string} */ documentId, locale = '*') {
      return call('DELETE', `${contentManager(uid)}/${documentId}?locale=${locale}`);
    },
  };
}
