import { TEST_PORTAL_URL, cmsUrl } from './support/admin-api';

/**
 * Browsers may call the content API from the allow-listed origins only. The shared test CMS runs as
 * `.env.example` ships: CORS_ORIGINS empty, so the portal's origin (PORTAL_URL) alone.
 * tests/rate-limit.test.ts covers an explicit CORS_ORIGINS list.
 */
function fromOrigin(origin: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${cmsUrl()}/api/events?locale=it`, { ...init, headers: { Origin: origin, ...init.headers } });
}

const preflight = {
  method: 'OPTIONS',
  headers: { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
};

describe('CORS', () => {
  it('lets the portal’s origin read, preflight included', async () => {
    const read = await fromOrigin(TEST_PORTAL_URL);
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBe(TEST_PORTAL_URL);

    const asked = await fromOrigin(TEST_PORTAL_URL, preflight);
    expect(asked.status).toBe(204);
    expect(asked.headers.get('access-control-allow-origin')).toBe(TEST_PORTAL_URL);
    expect(asked.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('lets the portal’s origin read error answers too', async () => {
    const refused = await fetch(`${cmsUrl()}/api/events?status=draft`, { headers: { Origin: TEST_PORTAL_URL } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBe(TEST_PORTAL_URL);
  });

  it.each(['https://unknown.example.org', 'http://portal.test:3001', 'null'])('gives %s no access', async (origin) => {
    for (const response of [await fromOrigin(origin), await fromOrigin(origin, preflight)]) {
      expect(response.headers.get('access-control-allow-origin') ?? '').toBe('');
    }
  });

  it('never invites credentials, even from the portal’s origin', async () => {
    for (const response of [await fromOrigin(TEST_PORTAL_URL), await fromOrigin(TEST_PORTAL_URL, preflight)]) {
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  // The admin's own screens call these with the staff member's session: no other origin may.
  it.each([
    '/admin/users/me',
    '/admin/init',
    '/content-manager/init',
    '/ADMIN/users/me',
    '/upload/files',
    '/i18n/locales',
    '/translation-coverage',
  ])('answers no other origin on the admin route %s, the portal’s neither', async (path) => {
    for (const origin of [TEST_PORTAL_URL, 'https://unknown.example.org']) {
      const read = await fetch(`${cmsUrl()}${path}`, { headers: { Origin: origin, Cookie: 'koa.sess=x' } });
      const asked = await fetch(`${cmsUrl()}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      });
      for (const response of [read, asked]) {
        expect(response.headers.get('access-control-allow-origin') ?? '').toBe('');
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    }
  });
});
