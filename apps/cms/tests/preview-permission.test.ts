import { adminLogin, createStaffMember, request } from './support/admin-api';
import { get, type ListBody } from './support/public-api';

/**
 * The admin's "Open preview" asks `GET /content-manager/preview/url/:uid` for a signed portal link.
 * Strapi itself checks only that someone is logged in; the CMS signs a link only for a document and
 * locale the requesting user may read (their roles' read permission, with its locales).
 */
const SERVICE = 'api::service.service';
const GLOBAL = 'api::global.global';

interface PreviewAnswer {
  data?: { url?: string };
  error?: { status: number; message: string };
}

const previewUrl = (token: string, uid: string, query: Record<string, string>) =>
  request<PreviewAnswer>('GET', `/content-manager/preview/url/${uid}?${new URLSearchParams(query)}`, { token });

async function serviceId(): Promise<string> {
  const list = await get<ListBody<{ documentId: string }>>('/services?locale=it&filters[slug][$eq]=sportello-informativo-stranieri');
  return list.body.data[0].documentId;
}

describe('signing preview links', () => {
  let admin: string;
  let documentId: string;

  beforeAll(async () => {
    admin = await adminLogin();
    documentId = await serviceId();
  });

  it('signs a super admin’s link for any locale, naming the one document', async () => {
    for (const locale of ['it', 'fr', 'ar']) {
      const answer = await previewUrl(admin, SERVICE, { documentId, locale, status: 'draft' });
      expect(answer.status).toBe(200);
      const url = new URL(answer.body.data?.url ?? '');
      expect(url.searchParams.get('documentId')).toBe(documentId);
      expect(url.searchParams.get('locale')).toBe(locale);
    }
  });

  it('signs a translator’s link for their language and Italian only, refusing every other language with 403', async () => {
    const translator = await createStaffMember(
      admin,
      `translator-ar-preview-${Date.now()}@welfare.local`,
      'Traduttrice2026!',
      'translator-ar',
    );
    for (const locale of ['ar', 'it']) {
      const answer = await previewUrl(translator, SERVICE, { documentId, locale, status: 'draft' });
      expect(answer.status).toBe(200);
      expect(new URL(answer.body.data?.url ?? '').searchParams.get('locale')).toBe(locale);
    }
    for (const locale of ['fr', 'ur', 'en']) {
      for (const status of ['draft', 'published']) {
        const answer = await previewUrl(translator, SERVICE, { documentId, locale, status });
        expect(answer.status).toBe(403);
        expect(answer.body.error?.message).toContain(`"${locale}"`);
        expect(JSON.stringify(answer.body)).not.toContain('/api/preview');
      }
    }
    // The single type too (its documentId is found by Strapi; none is sent).
    expect((await previewUrl(translator, GLOBAL, { locale: 'fr', status: 'draft' })).status).toBe(403);
    expect((await previewUrl(translator, GLOBAL, { locale: 'ar', status: 'draft' })).status).toBe(200);
  });

  it('refuses a role that may not read the type at all', async () => {
    const created = await request<{ data: { id: number; code: string } }>('POST', '/admin/roles', {
      token: admin,
      body: { name: `Senza lettura ${Date.now()}`, description: 'No content permissions' },
    });
    expect(created.status).toBe(201);
    const member = await createStaffMember(admin, `no-read-${Date.now()}@welfare.local`, 'Personale2026!', created.body.data.code);
    const answer = await previewUrl(member, SERVICE, { documentId, locale: 'it', status: 'draft' });
    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).not.toContain('/api/preview');
    expect((await previewUrl(member, GLOBAL, { locale: 'it' })).status).toBe(403);
  });

  it('refuses anyone not logged in', async () => {
    const answer = await request('GET', `/content-manager/preview/url/${SERVICE}?documentId=${documentId}&locale=it`);
    expect(answer.status).toBe(401);
  });
});
