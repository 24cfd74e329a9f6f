import { adminLogin, createDraft, createStaffMember, request, updateDraft } from './support/admin-api';

const PAGE = 'api::page.page';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

interface Entry {
  documentId: string;
  title: string;
  editPath: string;
}
interface Report {
  locales: string[];
  types: Array<{
    type: string;
    locales: Array<{ locale: string; missingCount: number; staleCount: number; missing: Entry[]; stale: Entry[] }>;
  }>;
}

async function coverage(jwt: string): Promise<Report> {
  const response = await request<{ data: Report }>('GET', '/translation-coverage', { token: jwt });
  expect(response.status).toBe(200);
  return response.body.data;
}

/** Where the document appears in the page type's report: locale → 'missing' | 'stale' | 'ok'. */
function statusOf(report: Report, documentId: string): Record<string, string> {
  const pages = report.types.find((type) => type.type === 'page');
  return Object.fromEntries(
    (pages?.locales ?? []).map((locale) => {
      const missing = locale.missing.some((entry) => entry.documentId === documentId);
      const stale = locale.stale.some((entry) => entry.documentId === documentId);
      return [locale.locale, missing && stale ? 'both' : missing ? 'missing' : stale ? 'stale' : 'ok'];
    }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('translation coverage', () => {
  it('needs an admin session', async () => {
    expect((await request('GET', '/translation-coverage')).status).toBe(401);
  });

  it('lists exactly the missing and the stale translations, after adding, editing the Italian and deleting a translation', async () => {
    const jwt = await adminLogin();
    const slug = `copertura-${Date.now()}`;
    const italian = await createDraft(jwt, PAGE, 'it', { title: 'Pagina per la copertura', slug, body: paragraph('Testo') });
    const { documentId } = italian.body.data;
    const others = ['en', 'fr', 'ar', 'ur', 'ro', 'sq', 'uk'];
    const allMissing = Object.fromEntries(others.map((locale) => [locale, 'missing']));
    expect(statusOf(await coverage(jwt), documentId)).toEqual(allMissing);

    await sleep(1100); // timestamps must differ
    expect((await updateDraft(jwt, PAGE, documentId, 'en', { title: 'Coverage page', slug, body: paragraph('Text') })).status).toBe(200);
    expect(statusOf(await coverage(jwt), documentId)).toEqual({ ...allMissing, en: 'ok' });

    // Saving the Italian without changing its text (here: its slug only) leaves the translations current.
    await sleep(1100);
    expect((await updateDraft(jwt, PAGE, documentId, 'it', { slug: `${slug}-it` })).status).toBe(200);
    expect(statusOf(await coverage(jwt), documentId)).toEqual({ ...allMissing, en: 'ok' });

    await sleep(1100);
    expect((await updateDraft(jwt, PAGE, documentId, 'it', { title: 'Pagina per la copertura, rivista' })).status).toBe(200);
    const afterEdit = await coverage(jwt);
    expect(statusOf(afterEdit, documentId)).toEqual({ ...allMissing, en: 'stale' });
    const staleEntry = afterEdit.types
      .find((type) => type.type === 'page')
      ?.locales.find((locale) => locale.locale === 'en')
      ?.stale.find((entry) => entry.documentId === documentId);
    expect(staleEntry?.title).toBe('Pagina per la copertura, rivista');
    expect(staleEntry?.editPath).toBe(`/admin/content-manager/collection-types/${PAGE}/${documentId}?plugins[i18n][locale]=en`);

    const deleted = await request('DELETE', `/content-manager/collection-types/${PAGE}/${documentId}?locale=en`, { token: jwt });
    expect(deleted.status).toBe(200);
    expect(statusOf(await coverage(jwt), documentId)).toEqual(allMissing);
  });

  it('shows a translator their own language only, and every language to a super admin', async () => {
    const admin = await adminLogin();
    const translator = await createStaffMember(admin, `copertura-ur-${Date.now()}@welfare.local`, 'Traduttore2026!', 'translator-ur');
    const report = await coverage(translator);
    expect(report.locales).toEqual(['ur']);
    expect(report.types.length).toBeGreaterThan(0);
    for (const type of report.types) expect(type.locales.map((locale) => locale.locale)).toEqual(['ur']);
    expect([...(await coverage(admin)).locales].sort()).toEqual(['ar', 'en', 'fr', 'ro', 'sq', 'uk', 'ur']);
  });

  it('lists no draft title to a role that may read no content', async () => {
    const admin = await adminLogin();
    const role = await request<{ data: { code: string } }>('POST', '/admin/roles', {
      token: admin,
      body: { name: `Copertura senza lettura ${Date.now()}`, description: 'none' },
    });
    expect(role.status).toBe(201);
    const member = await createStaffMember(admin, `copertura-nessuno-${Date.now()}@welfare.local`, 'Personale2026!', role.body.data.code);
    const report = await coverage(member);
    expect(report.types).toEqual([]);
    expect(report.locales).toEqual([]);
  });
});
