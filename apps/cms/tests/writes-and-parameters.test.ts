import { adminLogin, createApiToken, request } from './support/admin-api';
import { get, type ListBody } from './support/public-api';

let readOnlyToken: string;
let serviceId: string;

beforeAll(async () => {
  readOnlyToken = await createApiToken(await adminLogin(), `partner-writes-${Date.now()}`, 'read-only');
  const list = await get<ListBody<{ documentId: string }>>('/services?locale=it');
  serviceId = list.body.data[0].documentId;
});

describe('writes through the content API are refused', () => {
  const writes = () =>
    [
      ['POST', '/api/services', { data: { title: 'x', slug: 'x', summary: 'x' } }],
      ['PUT', `/api/services/${serviceId}`, { data: { title: 'x' } }],
      ['DELETE', `/api/services/${serviceId}`, undefined],
      ['PUT', '/api/global', { data: { siteName: 'x' } }],
      ['POST', '/api/upload', undefined],
    ] as const;

  it.each([
    ['the public', () => undefined],
    ['a read-only token', () => readOnlyToken],
  ])('for %s', async (_who, token) => {
    for (const [method, path, body] of writes()) {
      const response = await request(method, path, { token: token(), body });
      expect([401, 403]).toContain(response.status);
    }
    const still = await get<{ data: { title: string } }>(`/services/${serviceId}`);
    expect(still.body.data.title).not.toBe('x');
  });
});

describe('bad parameters get a 4xx with a message, never a 500', () => {
  it.each([
    '/services?unknown=1',
    '/services?sort=nope:asc',
    '/services?filters[nope][$eq]=1',
    '/services?filters[title][$regex]=.*',
    '/services?populate[nope]=true',
    '/services?populate=createdBy',
    '/services?fields[0]=nope',
    '/services?pagination[pageSize]=abc',
    '/services?pagination[page]=0',
    '/services?pagination[page]=-1',
    '/services?pagination=5',
    '/services?pagination[page]=1&pagination[limit]=5',
    '/services?pageSize=zero',
    '/events?filters[startsAt][$gt]=tomorrow',
    '/events?filters[startsAt][$between]=nope',
    '/places?filters[latitude][$gt]=north',
    '/school-workshops?filters[sessionCount][$lt]=many',
    '/services?status=yesterday',
    '/services?locale[$ne]=it',
    '/services?filters[$or]=x',
    '/services/%E0%A4%A',
  ])('%s', async (path) => {
    const response = await get<{ error?: { message: string } }>(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.error?.message).toBeTruthy();
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js:\d+|stack/i);
  });

  it('refuses a page size above 100, as the OpenAPI document states, and serves 100', async () => {
    const refused = await get<{ error?: { message: string } }>('/languages?locale=it&pagination[pageSize]=1000');
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toBe("'pagination.pageSize' must be a whole number from 1 to 100.");
    const response = await get<ListBody>('/languages?locale=it&pagination[pageSize]=100');
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.pageSize).toBe(100);
  });

  it('does not announce the server software', async () => {
    const response = await get('/services');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
