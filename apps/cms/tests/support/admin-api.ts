/**
 * The admin HTTP API, as the admin panel uses it: staff log in, edit through the content manager,
 * create API tokens and users. Tests use it to make drafts and tokens the way staff would.
 */
export const TEST_ADMIN = { email: 'test-admin@welfare.local', password: 'TestAdmin2026!' };
/** The portal's origin as the shared test CMS knows it (PORTAL_URL). */
export const TEST_PORTAL_URL = 'http://portal.test:3000';

export function cmsUrl(): string {
  const url = process.env.CMS_TEST_URL;
  if (!url) throw new Error('CMS_TEST_URL is not set: the global setup did not start the CMS');
  return url;
}

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function request<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; baseUrl?: string; signal?: AbortSignal } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${options.baseUrl ?? cmsUrl()}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as T };
}

/** Strapi rate-limits admin logins, so the global setup logs in once and shares the session. */
export async function adminLogin(): Promise<string> {
  const jwt = process.env.CMS_TEST_ADMIN_JWT;
  if (!jwt) throw new Error('CMS_TEST_ADMIN_JWT is not set: the global setup did not log in');
  return jwt;
}

export async function logIn(email = TEST_ADMIN.email, password = TEST_ADMIN.password, baseUrl?: string): Promise<string> {
  const response = await request<{ data: { token: string } }>('POST', '/admin/login', { body: { email, password }, baseUrl });
  if (response.status !== 200) throw new Error(`Admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token;
}

const contentManager = (uid: string) => `/content-manager/collection-types/${uid}`;

export interface Document {
  documentId: string;
  [field: string]: unknown;
}

export async function createDraft(
  jwt: string,
  uid: string,
  locale: string,
  data: Record<string, unknown>,
): Promise<JsonResponse<{ data: Document }>> {
  return request('POST', `${contentManager(uid)}?locale=${locale}`, { token: jwt, body: data });
}

export async function updateDraft(
  jwt: string,
  uid: string,
  documentId: string,
  locale: string,
  data: Record<string, unknown>,
): Promise<JsonResponse<{ data: Document }>> {
  return request('PUT', `${contentManager(uid)}/${documentId}?locale=${locale}`, { token: jwt, body: data });
}

export async function publish(jwt: string, uid: string, documentId: string, locale: string): Promise<JsonResponse> {
  return request('POST', `${contentManager(uid)}/${documentId}/actions/publish?locale=${locale}`, { token: jwt, body: {} });
}

export async function createApiToken(jwt: string, name: string, type: 'read-only' | 'full-access', baseUrl?: string): Promise<string> {
  const response = await request<{ data: { accessKey: string } }>('POST', '/admin/api-tokens', {
    token: jwt,
    body: { name, description: `test token ${name}`, type, lifespan: null },
    baseUrl,
  });
  if (response.status !== 201) throw new Error(`Creating the API token failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.accessKey;
}

export async function roleId(jwt: string, code: string): Promise<number> {
  const response = await request<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles', { token: jwt });
  const role = response.body.data.find((candidate) => candidate.code === code);
  if (!role) throw new Error(`No admin role with code ${code}`);
  return role.id;
}

/** Invites a staff member with a role and completes their registration, as the invite link would. */
export async function createStaffMember(jwt: string, email: string, password: string, roleCode: string): Promise<string> {
  const invited = await request<{ data: { registrationToken: string } }>('POST', '/admin/users', {
    token: jwt,
    body: { firstname: 'Test', lastname: roleCode, email, roles: [await roleId(jwt, roleCode)] },
  });
  if (invited.status !== 201) throw new Error(`Inviting ${email} failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const registered = await request<{ data: { token: string } }>('POST', '/admin/register', {
    body: { registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Test', lastname: roleCode, password } },
  });
  if (registered.status !== 200) throw new Error(`Registering ${email} failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  return registered.body.data.token;
}
