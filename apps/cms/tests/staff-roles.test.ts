import { LOCALES, DEFAULT_LOCALE } from '@welfare/types';
import { adminLogin, createDraft, createStaffMember, publish, request, updateDraft } from './support/admin-api';
import { get, type ListBody } from './support/public-api';

const SERVICE = 'api::service.service';
const PAGE = 'api::page.page';

describe('staff roles', () => {
  it('has an Editor role and one translator role per non-Italian locale', async () => {
    const jwt = await adminLogin();
    const roles = await request<{ data: Array<{ code: string }> }>('GET', '/admin/roles', { token: jwt });
    const codes = roles.body.data.map((role) => role.code);
    expect(codes).toContain('strapi-editor');
    for (const locale of LOCALES.filter((candidate) => candidate.code !== DEFAULT_LOCALE)) {
      expect(codes).toContain(`translator-${locale.code}`);
    }
  });

  it('lets the Arabic translator edit Arabic, read Italian, and nothing else', async () => {
    const admin = await adminLogin();
    const translator = await createStaffMember(admin, `translator-ar-${Date.now()}@welfare.local`, 'Traduttrice2026!', 'translator-ar');
    const list = await get<ListBody<{ documentId: string }>>('/services?locale=it&filters[slug][$eq]=sportello-informativo-stranieri');
    const documentId = list.body.data[0].documentId;
    const path = `/content-manager/collection-types/${SERVICE}/${documentId}`;

    expect((await request('GET', `${path}?locale=it`, { token: translator })).status).toBe(200);
    expect((await updateDraft(translator, SERVICE, documentId, 'ar', { title: 'مكتب المعلومات للمواطنين الأجانب' })).status).toBe(200);

    for (const locale of ['it', 'fr', 'ur']) {
      expect((await updateDraft(translator, SERVICE, documentId, locale, { title: 'hijacked' })).status).toBe(403);
    }
    expect((await request('DELETE', `${path}?locale=ar`, { token: translator })).status).toBe(403);
    expect((await request('POST', `${path}/actions/publish?locale=it`, { token: translator, body: {} })).status).toBe(403);

    const italian = await request<{ data: { title: string } }>('GET', `${path}?locale=it`, { token: admin });
    expect(italian.body.data.title).not.toBe('hijacked');
  });
});

describe('localized slugs', () => {
  // Strapi checks uniqueness when an entry is published: a draft may borrow a slug while staff work on it.
  it('refuses to publish a slug already used in the same locale and accepts it in another', async () => {
    const jwt = await adminLogin();
    const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Prova' }] }];

    const duplicate = await createDraft(jwt, PAGE, 'it', { title: 'Doppione', slug: 'privacy', body: paragraph });
    const refused = await publish(jwt, PAGE, duplicate.body.data.documentId, 'it');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('unique');

    const slug = `pagina-prova-${Date.now()}`;
    const italian = await createDraft(jwt, PAGE, 'it', { title: 'Pagina di prova', slug, body: paragraph });
    const { documentId } = italian.body.data;
    expect((await publish(jwt, PAGE, documentId, 'it')).status).toBe(200);
    expect((await updateDraft(jwt, PAGE, documentId, 'en', { title: 'Test page', slug, body: paragraph })).status).toBe(200);
    expect((await publish(jwt, PAGE, documentId, 'en')).status).toBe(200);
    const english = await get<ListBody<{ documentId: string }>>(`/pages?locale=en&filters[slug][$eq]=${slug}`);
    expect(english.body.data.map((page) => page.documentId)).toEqual([documentId]);
  });
});
