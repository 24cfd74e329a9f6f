/**
 * Machine-drafted translations against a real CMS whose providers are the local stand-in of DeepL's
 * and LibreTranslate's APIs (packages/test-support/translation-stand-in.mjs): the admin route fills
 * every missing language of an entry (structure, links, names and numbers intact, slugs per
 * script), never replaces a person's translation without `overwrite`, writes nothing when a
 * provider fails or the monthly cap would be passed, and the partner API carries the flag until
 * staff mark the translation reviewed.
 */
import { SLUG_PATTERN } from '@welfare/types';
import { adminLogin, logIn, request, type Document } from './support/admin-api';
import { startExtraCms, type ExtraCms } from './support/extra-cms';
import { startStandIn, type StandIn } from './support/translation-stand-in';

const SERVICE = 'api::service.service';
const PAGE = 'api::page.page';
const GLOSSARY = 'api::glossary-term.glossary-term';
const CM = (uid: string) => `/content-manager/collection-types/${uid}`;

interface LocaleStatus {
  locale: string;
  state: string;
  stale: boolean;
  provider: string | null;
  machine?: { provider: string; translatedBy: string | null; reviewedAt: string | null; editedSince: boolean };
}
interface Status {
  enabled: boolean;
  providers: Array<{ name: string; locales: string[] }>;
  uncovered: string[];
  usage: { characters: number; limit: number };
  locales: LocaleStatus[];
}
interface Failure {
  error: { status: number; name: string; message: string; details: { locales?: string[] } };
}

const AUDIENCE = [
  { type: 'heading', level: 3, children: [{ type: 'text', text: 'Per chi è' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Famiglie straniere residenti. Chiamare il ' },
      { type: 'text', text: '0364 540111', bold: true },
      { type: 'text', text: ' o leggere la ' },
      { type: 'link', url: 'https://atsp.example.it/consulta', children: [{ type: 'text', text: 'pagina della Consulta Stranieri' }] },
      { type: 'text', text: '.' },
    ],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [{ type: 'list-item', children: [{ type: 'text', text: 'sportello in Via Roma 12', italic: true }] }],
  },
];

let standIn: StandIn;
let cms: ExtraCms;
let jwt: string;
let documentId: string;

/** The fields of a draft the edit view sends back when it saves. */
const editable = (draft: Document) =>
  Object.fromEntries(
    ['title', 'slug', 'serviceStatus', 'serviceStatusReason', 'summary', 'audience', 'howTo', 'contactOffice'].map((field) => [
      field,
      draft[field] ?? null,
    ]),
  );
const call = <T>(method: string, path: string, body?: unknown) => request<T>(method, path, { token: jwt, body, baseUrl: cms.url });
const statusOf = async (id = documentId, uid = SERVICE) =>
  (await call<{ data: Status }>('GET', `/machine-translations/status?contentType=${uid}&documentId=${id}`)).body.data;
const draftIn = async (locale: string, id = documentId, uid = SERVICE) =>
  (await call<{ data: Document }>('GET', `${CM(uid)}/${id}?locale=${locale}`)).body.data;
const translate = (locales: string[] | 'missing-or-stale', overwrite = false, id = documentId, uid = SERVICE) =>
  call<{ data: { written: Array<{ locale: string; provider: string; slug?: string }> } } & Partial<Failure>>(
    'POST',
    '/machine-translations/translate',
    { contentType: uid, documentId: id, locales, overwrite },
  );

beforeAll(async () => {
  standIn = await startStandIn();
  cms = await startExtraCms({
    MACHINE_TRANSLATION_DEEPL_API_KEY: standIn.deeplKey,
    MACHINE_TRANSLATION_DEEPL_URL: standIn.url,
    MACHINE_TRANSLATION_LIBRETRANSLATE_URL: standIn.url,
    MACHINE_TRANSLATION_LIBRETRANSLATE_API_KEY: standIn.libreKey,
    MACHINE_TRANSLATION_MONTHLY_CHARACTERS: '30000',
    MACHINE_TRANSLATION_RETRIES: '2',
    MACHINE_TRANSLATION_TIMEOUT_MS: '5000',
  });
  jwt = await logIn(undefined, undefined, cms.url);
  expect((await call('POST', CM(GLOSSARY), { term: 'Consulta Stranieri' })).status).toBe(201);
  const created = await call<{ data: Document }>('POST', `${CM(SERVICE)}?locale=it`, {
    title: 'Mediazione per le famiglie',
    slug: 'mediazione-famiglie',
    serviceStatus: 'active',
    summary: 'Un mediatore aiuta le famiglie. Scrivere a mediazione@atsp.example.it',
    audience: AUDIENCE,
    howTo: [{ type: 'paragraph', children: [{ type: 'text', text: 'Prenotare un appuntamento.' }] }],
    contacts: [{ kind: 'phone', value: '+39 0364 540111' }],
  });
  expect(created.status).toBe(201);
  documentId = created.body.data.documentId;
}, 300_000);

afterAll(async () => {
  await cms?.stop();
  await standIn?.stop();
});

describe('machine-drafted translations', () => {
  it('says which provider translates each language, and that nothing is translated yet', async () => {
    const status = await statusOf();
    expect(status.enabled).toBe(true);
    expect(status.uncovered).toEqual([]);
    expect(Object.fromEntries(status.providers.map((provider) => [provider.name, provider.locales]))).toEqual({
      deepl: ['en', 'fr', 'ar', 'ro', 'uk'],
      libretranslate: ['ur', 'sq'],
    });
    expect(status.locales.map((locale) => locale.state)).toEqual(Array(7).fill('missing'));
  });

  it('fills every missing language in one action: structure, links, names and numbers kept, slugs per script', async () => {
    const response = await translate('missing-or-stale');
    expect(response.status).toBe(200);
    expect(response.body.data.written.map((entry) => `${entry.locale}:${entry.provider}`).sort()).toEqual(
      ['ar:deepl', 'en:deepl', 'fr:deepl', 'ro:deepl', 'sq:libretranslate', 'uk:deepl', 'ur:libretranslate'].sort(),
    );

    const arabic = await draftIn('ar');
    expect(arabic.title).toMatch(/^[\u0600-\u06ff ]+$/);
    expect(String(arabic.slug)).toMatch(SLUG_PATTERN);
    expect(arabic.summary).toContain('mediazione@atsp.example.it');
    const audience = arabic.audience as typeof AUDIENCE;
    expect(audience.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list']);
    expect(audience[0]).toMatchObject({ level: 3 });
    const paragraph = audience[1].children as Array<{
      type: string;
      text?: string;
      bold?: boolean;
      url?: string;
      children?: Array<{ text: string }>;
    }>;
    expect(paragraph.find((node) => node.bold)).toMatchObject({ text: '0364 540111' });
    const link = paragraph.find((node) => node.type === 'link');
    expect(link?.url).toBe('https://atsp.example.it/consulta');
    expect(link?.children?.map((child) => child.text).join('')).toContain('Consulta Stranieri');
    expect(JSON.stringify(audience[2])).toContain('Via Roma 12');
    // Shared fields are Strapi's: copied to the new language.
    expect(arabic.contacts).toEqual([expect.objectContaining({ kind: 'phone', value: '+39 0364 540111' })]);

    const ukrainian = await draftIn('uk');
    expect(ukrainian.title).toMatch(/[\u0400-\u04ff]/);
    expect(String(ukrainian.slug)).toMatch(SLUG_PATTERN);
    // LibreTranslate has no glossary: the term is protected in the markup and put back.
    const urdu = await draftIn('ur');
    expect(JSON.stringify(urdu.audience)).toContain('Consulta Stranieri');

    const requests = await standIn.requests();
    expect(requests.filter((entry) => entry.path === '/v2/glossaries')).not.toHaveLength(0);
    const deeplCalls = requests.filter((entry) => entry.path === '/v2/translate');
    expect(deeplCalls).toHaveLength(5);
    expect(deeplCalls.every((entry) => entry.params.glossary_id && entry.params.tag_handling === 'html')).toBe(true);
    expect(
      requests
        .filter((entry) => entry.path === '/translate')
        .every((entry) => entry.params.format === 'html' && Array.isArray(entry.texts)),
    ).toBe(true);

    const status = await statusOf();
    expect(status.locales.map((locale) => locale.state)).toEqual(Array(7).fill('machine'));
    expect(status.usage.characters).toBeGreaterThan(0);
  });

  it('never replaces a translation a person edited since, unless asked to', async () => {
    // As the admin saves: the whole form, with the title changed.
    expect(
      (await call('PUT', `${CM(SERVICE)}/${documentId}?locale=ar`, { ...editable(await draftIn('ar')), title: 'عنوان كتبه شخص' })).status,
    ).toBe(200);
    expect((await statusOf()).locales.find((locale) => locale.locale === 'ar')?.machine?.editedSince).toBe(true);
    const refused = await translate(['ar', 'fr']);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.details.locales).toEqual(['ar']);
    expect((await draftIn('ar')).title).toBe('عنوان كتبه شخص');

    const confirmed = await translate(['ar'], true);
    expect(confirmed.status).toBe(200);
    const replaced = await draftIn('ar');
    expect(replaced.title).toMatch(/^[\u0600-\u06ff ]+$/);
    expect(replaced.title).not.toBe('عنوان كتبه شخص');
    expect((replaced.audience as unknown[]).length).toBe(AUDIENCE.length);
  });

  it('writes nothing when a provider fails (DeepL over quota, 456), and says so', async () => {
    const before = { ur: (await draftIn('ur')).title, fr: (await draftIn('fr')).title, characters: (await statusOf()).usage.characters };
    await standIn.fail('deepl', 456, 1);
    const response = await translate(['ur', 'fr']);
    expect(response.status).toBe(429);
    expect(response.body.error?.name).toBe('provider-quota');
    expect(response.body.error?.message).toMatch(/quota.*Nessuna traduzione è stata scritta/s);
    expect({ ur: (await draftIn('ur')).title, fr: (await draftIn('fr')).title, characters: (await statusOf()).usage.characters }).toEqual(
      before,
    );
  });

  it('retries a 429 and then writes', async () => {
    await standIn.fail('deepl', 429, 1);
    expect((await translate(['en'])).status).toBe(200);
    // Rewritten in place: still this entry's English draft.
    expect((await draftIn('en')).title).toBe('MEDIAZIONE PER LE FAMIGLIE');
  });

  it('refuses, before sending anything, what would pass the monthly cap', async () => {
    const long = Array.from({ length: 400 }, (_, index) => `Frase numero ${index} di un testo molto lungo.`).join(' ');
    const page = await call<{ data: Document }>('POST', `${CM(PAGE)}?locale=it`, {
      title: 'Pagina lunga',
      slug: 'pagina-lunga',
      summary: 'Breve',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: long }] }],
    });
    expect(page.status).toBe(201);
    await standIn.reset();
    const response = await translate(['fr', 'ar'], false, page.body.data.documentId, PAGE);
    expect(response.status).toBe(429);
    expect(response.body.error?.name).toBe('monthly-cap');
    expect(await standIn.requests()).toEqual([]);
    expect((await statusOf(page.body.data.documentId, PAGE)).locales.find((locale) => locale.locale === 'fr')?.state).toBe('missing');
  });

  it('flags the published translation on the partner API until staff mark it reviewed', async () => {
    for (const locale of ['it', 'ar']) {
      // As the admin publishes: the form's content with the language.
      const published = await call('POST', `${CM(SERVICE)}/${documentId}/actions/publish?locale=${locale}`, {
        ...editable(await draftIn(locale)),
        locale,
      });
      expect({ locale, status: published.status, body: published.status === 200 ? {} : published.body }).toEqual({
        locale,
        status: 200,
        body: {},
      });
    }
    const coverage = async () =>
      (
        await call<{
          data: { types: Array<{ type: string; locales: Array<{ locale: string; machineCount: number; reviewedCount: number }> }> };
        }>('GET', '/translation-coverage')
      ).body.data.types
        .find((type) => type.type === 'service')
        ?.locales.find((locale) => locale.locale === 'ar');
    expect(await coverage()).toMatchObject({ machineCount: 1, reviewedCount: 0 });
    const read = async () =>
      (
        await request<{ data: Array<{ documentId: string; machineTranslation: unknown }> }>('GET', '/api/services?locale=ar', {
          baseUrl: cms.url,
        })
      ).body.data.find((entry) => entry.documentId === documentId);
    expect((await read())?.machineTranslation).toEqual({ provider: 'deepl', translatedAt: expect.any(String) });
    const italian = (
      await request<{ data: Array<{ documentId: string; machineTranslation: unknown }> }>('GET', '/api/services?locale=it', {
        baseUrl: cms.url,
      })
    ).body.data.find((entry) => entry.documentId === documentId);
    expect(italian?.machineTranslation).toBeNull();

    const reviewed = await call<{ data: Status }>('POST', '/machine-translations/review', {
      contentType: SERVICE,
      documentId,
      locale: 'ar',
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.data.locales.find((locale) => locale.locale === 'ar')?.state).toBe('reviewed');
    expect((await read())?.machineTranslation).toBeNull();
    expect(await coverage()).toMatchObject({ machineCount: 0, reviewedCount: 1 });
  });

  it('answers bad requests with a clear 4xx, and no session with 401', async () => {
    expect((await request('POST', '/machine-translations/translate', { body: {}, baseUrl: cms.url })).status).toBe(401);
    expect(
      (await call('POST', '/machine-translations/translate', { contentType: 'admin::user', documentId, locales: ['fr'] })).status,
    ).toBe(400);
    expect((await call('POST', '/machine-translations/translate', { contentType: SERVICE, documentId, locales: ['it'] })).status).toBe(400);
    expect(
      (await call('POST', '/machine-translations/translate', { contentType: SERVICE, documentId: 'nope', locales: ['fr'] })).status,
    ).toBe(404);
    expect((await call('POST', '/machine-translations/review', { contentType: SERVICE, documentId, locale: 'xx' })).status).toBe(400);
  });
});

describe('machine translation on a CMS without providers (shared CMS)', () => {
  it('is off, and the admin is told so', async () => {
    const admin = await adminLogin();
    const services = await request<{ results: Document[] }>('GET', `${CM(SERVICE)}?locale=it&pageSize=1`, { token: admin });
    const id = services.body.results[0].documentId;
    const status = await request<{ data: Status }>('GET', `/machine-translations/status?contentType=${SERVICE}&documentId=${id}`, {
      token: admin,
    });
    expect(status.body.data).toMatchObject({ enabled: false, providers: [], uncovered: ['en', 'fr', 'ar', 'ur', 'ro', 'sq', 'uk'] });
    const refused = await request<Failure>('POST', '/machine-translations/translate', {
      token: admin,
      body: { contentType: SERVICE, documentId: id, locales: ['fr'] },
    });
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toMatch(/non è configurata/);
  });
});
