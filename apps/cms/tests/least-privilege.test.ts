import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { adminLogin, createApiToken, request } from './support/admin-api';
import { APP_DIR } from './support/cms-process';
import { get, type ListBody } from './support/public-api';

/**
 * Least privilege on the content API: the portal's everyday token reads published content only,
 * its preview token alone reads drafts; partners' tokens (`npm run token:create`) and the public
 * see the content types and nothing else: not the media library, the users or the roles.
 * The shared test CMS runs without the tokens' variables, so with their development values.
 */
const run = promisify(execFile);
// The shared test CMS's tokens (tests/support/global-setup.ts): NODE_ENV=test has no development ones.
const sharedCmsEnv = JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as Record<string, string>;
const PORTAL_TOKEN = sharedCmsEnv.CMS_API_TOKEN;
const PREVIEW_TOKEN = sharedCmsEnv.CMS_PREVIEW_TOKEN;
const CLOSED_PATHS = [
  '/upload/files',
  '/upload/files/1',
  '/users',
  '/users/1',
  '/users/me',
  '/users-permissions/roles',
  '/users-permissions/roles/1',
  '/users-permissions/permissions',
];

let partnerToken: string;
let adminReadOnlyToken: string;

beforeAll(async () => {
  const { stdout } = await run(process.execPath, ['scripts/token-create.js', '--name', `partner-least-privilege-${Date.now()}`], {
    cwd: APP_DIR,
    env: { ...process.env, ...JSON.parse(process.env.CMS_TEST_ENV ?? '{}') },
    timeout: 180000,
  });
  partnerToken =
    stdout
      .split('\n')
      .find((line) => /^[0-9a-f]{256}$/.test(line.trim()))
      ?.trim() ?? '';
  // Strapi's own read-only type, as staff may make one in the admin.
  adminReadOnlyToken = await createApiToken(await adminLogin(), `admin-read-only-${Date.now()}`, 'read-only');
}, 240000);

describe.each([
  ['the public', () => undefined],
  ['a partner token from npm run token:create', () => partnerToken],
  ['a read-only token made in the admin', () => adminReadOnlyToken],
  ['the portal’s token (CMS_API_TOKEN)', () => PORTAL_TOKEN],
  ['the portal’s preview token (CMS_PREVIEW_TOKEN)', () => PREVIEW_TOKEN],
])('%s', (_who, token) => {
  it.each(CLOSED_PATHS)('cannot read /api%s', async (path) => {
    const response = await get<{ data?: unknown; error?: { message: string } }>(path, token());
    expect(response.status).toBe(403);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.error?.message).toMatch(/published content types only/);
  });

  it('reads published content', async () => {
    const response = await get<ListBody>('/services?locale=it', token());
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeGreaterThan(0);
  });
});

describe('the portal’s tokens', () => {
  it('CMS_API_TOKEN reads no drafts and writes nothing', async () => {
    expect((await get('/services?status=draft&locale=it', PORTAL_TOKEN)).status).toBe(403);
    const list = await get<ListBody<{ documentId: string }>>('/services?locale=it', PORTAL_TOKEN);
    const write = await request('PUT', `/api/services/${list.body.data[0].documentId}`, {
      token: PORTAL_TOKEN,
      body: { data: { title: 'x' } },
    });
    expect(write.status).toBe(403);
  });

  it('CMS_PREVIEW_TOKEN reads drafts', async () => {
    const response = await get<ListBody>('/services?status=draft&locale=it', PREVIEW_TOKEN);
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeGreaterThan(0);
  });

  it('are listed in the admin as custom tokens with find/findOne only, the preview one included', async () => {
    const jwt = await adminLogin();
    const tokens = await request<{ data: Array<{ id: number; name: string; type: string }> }>('GET', '/admin/api-tokens', { token: jwt });
    for (const name of ['Portal server', 'Portal preview']) {
      const token = tokens.body.data.find((candidate) => candidate.name === name);
      expect({ name, type: token?.type }).toEqual({ name, type: 'custom' });
      const details = await request<{ data: { permissions: string[] } }>('GET', `/admin/api-tokens/${token?.id}`, { token: jwt });
      expect(details.body.data.permissions.length).toBeGreaterThan(0);
      expect({
        name,
        readOnly: details.body.data.permissions.every((action) => /^api::[a-z-]+\.[a-z-]+\.(find|findOne)$/.test(action)),
      }).toEqual({ name, readOnly: true });
    }
  });
});
