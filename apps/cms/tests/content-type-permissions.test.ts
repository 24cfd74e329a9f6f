import { COLLECTION_TYPES, CONTENT_TYPES, CONTENT_TYPE_REGISTRY, DEFAULT_LOCALE, LOCALE_CODES, type ContentType } from '@welfare/types';
import { adminLogin, request, roleId } from './support/admin-api';
import { fixtures } from './support/fixtures';
import { get, type ListBody } from './support/public-api';

/**
 * Every type of the registry gets the same rights as every other, from the registry alone: the
 * public and the portal's token read it (published only), nobody writes it through the content
 * API, and each staff role holds on it exactly the actions it holds on services. A type added to
 * the registry and its schema with a right forgotten, or granted by hand, fails here.
 */
const sharedCmsEnv = JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as Record<string, string>;
const PORTAL_TOKEN = sharedCmsEnv.CMS_API_TOKEN;

interface RolePermission {
  action: string;
  subject: string | null;
  properties?: { locales?: string[]; fields?: string[] };
}

async function actionsOn(jwt: string, code: string, type: ContentType): Promise<string[]> {
  const id = await roleId(jwt, code);
  const response = await request<{ data: RolePermission[] }>('GET', `/admin/roles/${id}/permissions`, { token: jwt });
  return response.body.data
    .filter((permission) => permission.subject === CONTENT_TYPE_REGISTRY[type].uid)
    .map((permission) => `${permission.action} [${[...(permission.properties?.locales ?? [])].sort().join(',')}]`)
    .sort();
}

describe.each(CONTENT_TYPES.map((type) => [type] as const))('%s', (type) => {
  const { restPath, kind } = CONTENT_TYPE_REGISTRY[type];

  it.each([
    ['the public', undefined],
    ['the portal’s token', PORTAL_TOKEN],
  ])('%s reads it, published only', async (_who, token) => {
    expect((await get(`${restPath}?locale=${DEFAULT_LOCALE}`, token)).status).toBe(200);
    expect((await get(`${restPath}?locale=${DEFAULT_LOCALE}&status=draft`, token)).status).toBe(403);
  });

  it('is written by nobody through the content API', async () => {
    const [method, target] = kind === 'singleType' ? ['PUT', restPath] : ['POST', restPath];
    expect((await request(method, `/api${target}`, { body: { data: {} } })).status).toBe(403);
    expect((await request(method, `/api${target}`, { token: PORTAL_TOKEN, body: { data: {} } })).status).toBe(403);
  });

  it('gives each staff role the same actions as on services', async () => {
    const jwt = await adminLogin();
    for (const code of [
      'strapi-editor',
      ...LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => `translator-${locale}`),
    ]) {
      const expected = await actionsOn(jwt, code, 'service');
      expect({ code, some: expected.length > 0 }).toEqual({ code, some: true });
      expect({ code, actions: await actionsOn(jwt, code, type) }).toEqual({ code, actions: expected });
    }
  });
});

describe('the demo notices', () => {
  it('are public in every language they are written in', async () => {
    for (const locale of LOCALE_CODES) {
      const expected = Object.keys(fixtures.text[locale]?.notices ?? {}).length;
      const response = await get<ListBody<{ title: string; severity: string; startsAt: string }>>(
        `/notices?locale=${locale}&populate[services][fields][0]=slug`,
      );
      expect({ locale, published: response.body.data.length }).toEqual({ locale, published: expected });
    }
    expect(COLLECTION_TYPES).toContain('notice');
  });
});
