/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { PageSchema, type LocaleCode, type Page } from '@welfare/types';
import { entryBase, startFakeStrapi, type FakeEntry, type FakeStrapi } from '@/test/fake-strapi';
import { findLocalizedBySlug, listWithFallback, type TypeQuery } from './localized-entries';

const pages: TypeQuery<Page> = { type: 'page', path: '/pages', schema: PageSchema, populate: { localizations: { fields: ['slug', 'locale'] } } };

let nextId = 1;
function page(documentId: string, locale: LocaleCode, slug: string, title: string): FakeEntry {
  return { ...entryBase(nextId++, documentId, locale), title, slug, summary: null, body: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }] };
}

// The FAMI project page is translated into English and Arabic; the call for volunteer families
// and the Consulta Stranieri exist only in Italian. Listed in the CMS's order.
const FIXTURES = [
  page('doc-fami', 'it', 'progetto-fami', 'Il progetto FAMI'),
  page('doc-fami', 'en', 'fami-project', 'The FAMI project'),
  page('doc-fami', 'ar', 'mashrou-fami', 'مشروع FAMI'),
  page('doc-families', 'it', 'famiglie-volontarie', 'Famiglie volontarie'),
  page('doc-consulta', 'it', 'consulta-stranieri', 'Consulta Stranieri'),
];

let cms: FakeStrapi;
const savedUrl = process.env.CMS_URL;

beforeEach(async () => {
  cms = await startFakeStrapi({ pages: FIXTURES });
  process.env.CMS_URL = cms.url;
});

afterEach(async () => {
  process.env.CMS_URL = savedUrl;
  await cms.close();
});

describe('findLocalizedBySlug', () => {
  it('finds the translation in the visitor’s language, with its slugs in every language it exists in', async () => {
    const lookup = await findLocalizedBySlug(pages, 'en', 'fami-project');
    expect(lookup).toEqual({
      found: {
        entry: expect.objectContaining({ title: 'The FAMI project', locale: 'en' }),
        contentLocale: 'en',
        isFallback: false,
        slugs: { en: 'fami-project', it: 'progetto-fami', ar: 'mashrou-fami' },
      },
    });
    expect(cms.requests).toHaveLength(1);
    expect(cms.requests[0].query.get('locale')).toBe('en');
    expect(cms.requests[0].query.get('filters[slug][$eq]')).toBe('fami-project');
  });

  it('shows the Italian entry, marked as a fallback in Italian, when the translation is missing', async () => {
    const lookup = await findLocalizedBySlug(pages, 'fr', 'famiglie-volontarie');
    expect(lookup).toEqual({
      found: {
        entry: expect.objectContaining({ title: 'Famiglie volontarie', locale: 'it' }),
        contentLocale: 'it',
        isFallback: true,
        slugs: { it: 'famiglie-volontarie' },
      },
    });
    expect(cms.requests.map((received) => received.query.get('locale'))).toEqual(['fr', 'it']);
  });

  it('falls back for the right-to-left languages too', async () => {
    const lookup = await findLocalizedBySlug(pages, 'ur', 'consulta-stranieri');
    expect(lookup).toMatchObject({ found: { contentLocale: 'it', isFallback: true, entry: { title: 'Consulta Stranieri' } } });
  });

  it('sends a visitor who arrives with the Italian slug to the slug of their translation', async () => {
    expect(await findLocalizedBySlug(pages, 'ar', 'progetto-fami')).toEqual({ redirectToSlug: 'mashrou-fami' });
    expect(await findLocalizedBySlug(pages, 'en', 'progetto-fami')).toEqual({ redirectToSlug: 'fami-project' });
  });

  it('shows an Italian entry in Italian without any fallback mark', async () => {
    expect(await findLocalizedBySlug(pages, 'it', 'progetto-fami')).toMatchObject({ found: { contentLocale: 'it', isFallback: false } });
  });

  it('answers null (404) for a slug that exists in no language asked', async () => {
    expect(await findLocalizedBySlug(pages, 'en', 'no-such-page')).toBeNull();
    expect(await findLocalizedBySlug(pages, 'it', 'no-such-page')).toBeNull();
  });
});

describe('listWithFallback', () => {
  it('lists the translations and completes them with the untranslated Italian entries, in the CMS’s order', async () => {
    const listed = await listWithFallback(pages, 'en');
    expect(listed.map(({ entry, contentLocale, isFallback }) => [entry.title, contentLocale, isFallback])).toEqual([
      ['The FAMI project', 'en', false],
      ['Famiglie volontarie', 'it', true],
      ['Consulta Stranieri', 'it', true],
    ]);
  });

  it('orders a mixed list by the requested field, translated and Italian entries together', async () => {
    cms.collections.pages = [
      page('doc-consulta', 'it', 'consulta-stranieri', 'Consulta Stranieri'),
      page('doc-fami', 'it', 'progetto-fami', 'Il progetto FAMI'),
      page('doc-fami', 'en', 'fami-project', 'The FAMI project'),
      page('doc-families', 'it', 'famiglie-volontarie', 'Famiglie volontarie'),
    ];
    const listed = await listWithFallback(pages, 'en', { sort: 'title:asc' });
    expect(listed.map(({ entry, isFallback }) => [entry.title, isFallback])).toEqual([
      ['Consulta Stranieri', true],
      ['Famiglie volontarie', true],
      ['The FAMI project', false],
    ]);
  });

  it('shows every entry once, in the visitor’s language when translated', async () => {
    const listed = await listWithFallback(pages, 'ar');
    expect(listed.map(({ entry }) => entry.documentId)).toEqual(['doc-fami', 'doc-families', 'doc-consulta']);
    expect(listed[0]).toMatchObject({ contentLocale: 'ar', isFallback: false, entry: { title: 'مشروع FAMI' } });
  });

  it('lists Italian entries as they are, asking the CMS once', async () => {
    const listed = await listWithFallback(pages, 'it');
    expect(listed.every(({ isFallback, contentLocale }) => !isFallback && contentLocale === 'it')).toBe(true);
    expect(listed).toHaveLength(3);
    expect(cms.requests).toHaveLength(1);
  });

  it('passes the filters and the sort to both languages', async () => {
    const listed = await listWithFallback(pages, 'en', { filters: { slug: { $eq: 'consulta-stranieri' } }, sort: 'title:asc' });
    expect(listed.map(({ entry, isFallback }) => [entry.title, isFallback])).toEqual([['Consulta Stranieri', true]]);
    for (const received of cms.requests) {
      expect(received.query.get('filters[slug][$eq]')).toBe('consulta-stranieri');
      expect(received.query.get('sort[0]')).toBe('title:asc');
    }
    expect(cms.requests.map((received) => received.query.get('locale'))).toEqual(['en', 'it']);
  });
});
