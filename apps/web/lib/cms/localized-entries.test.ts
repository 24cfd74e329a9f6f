/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import type { LocaleCode } from '@welfare/types';
import { entryBase, startFakeStrapi, type FakeEntry, type FakeStrapi } from '@/test/fake-strapi';
import { findLocalizedBySlug, listPageWithFallback } from './localized-entries';

let nextId = 1;
function page(documentId: string, locale: LocaleCode, slug: string, title: string): FakeEntry {
  return {
    ...entryBase(nextId++, documentId, locale),
    title,
    slug,
    summary: null,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }],
  };
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

/** The requests that looked an entry up by its slug (not the lists of known slugs). */
const lookups = () => cms.requests.filter((received) => received.query.has('filters[slug][$eq]'));

describe('findLocalizedBySlug', () => {
  it('asks the CMS for no entry when the slug is invented, however many are tried', async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      expect(
        await findLocalizedBySlug('page', attempt % 2 ? 'ar' : 'it', `invented-${attempt}-${Math.random().toString(36).slice(2)}`),
      ).toBeNull();
    }
    expect(lookups()).toHaveLength(0);
    // The only requests: the lists of known slugs (in the portal, from Next's data cache until a slug
    // is published, renamed or withdrawn), never an entry's lookup.
    expect(cms.requests.every((received) => received.query.get('fields[0]') === 'slug')).toBe(true);
  });

  it('finds the translation in the visitor’s language, with its slugs in every language it exists in', async () => {
    const lookup = await findLocalizedBySlug('page', 'en', 'fami-project');
    expect(lookup).toEqual({
      found: {
        entry: expect.objectContaining({ title: 'The FAMI project', locale: 'en' }),
        contentLocale: 'en',
        isFallback: false,
        slugs: { en: 'fami-project', it: 'progetto-fami', ar: 'mashrou-fami' },
      },
    });
    expect(lookups()).toHaveLength(1);
    expect(lookups()[0].query.get('locale')).toBe('en');
    expect(lookups()[0].query.get('filters[slug][$eq]')).toBe('fami-project');
  });

  it('shows the Italian entry, marked as a fallback in Italian, when the translation is missing', async () => {
    const lookup = await findLocalizedBySlug('page', 'fr', 'famiglie-volontarie');
    expect(lookup).toEqual({
      found: {
        entry: expect.objectContaining({ title: 'Famiglie volontarie', locale: 'it' }),
        contentLocale: 'it',
        isFallback: true,
        slugs: { it: 'famiglie-volontarie' },
      },
    });
    // No French entry has that slug (the list of French slugs says so): only the Italian one is asked for.
    expect(lookups().map((received) => received.query.get('locale'))).toEqual(['it']);
  });

  it('falls back for the right-to-left languages too', async () => {
    const lookup = await findLocalizedBySlug('page', 'ur', 'consulta-stranieri');
    expect(lookup).toMatchObject({ found: { contentLocale: 'it', isFallback: true, entry: { title: 'Consulta Stranieri' } } });
  });

  it('sends a visitor who arrives with the Italian slug to the slug of their translation', async () => {
    expect(await findLocalizedBySlug('page', 'ar', 'progetto-fami')).toEqual({ redirectToSlug: 'mashrou-fami' });
    expect(await findLocalizedBySlug('page', 'en', 'progetto-fami')).toEqual({ redirectToSlug: 'fami-project' });
  });

  it('shows an Italian entry in Italian without any fallback mark', async () => {
    expect(await findLocalizedBySlug('page', 'it', 'progetto-fami')).toMatchObject({ found: { contentLocale: 'it', isFallback: false } });
  });

  it('answers null (404) for a slug that exists in no language asked', async () => {
    expect(await findLocalizedBySlug('page', 'en', 'no-such-page')).toBeNull();
    expect(await findLocalizedBySlug('page', 'it', 'no-such-page')).toBeNull();
  });
});

describe('listPageWithFallback', () => {
  const rows = (listed: Awaited<ReturnType<typeof listPageWithFallback<'page'>>>) =>
    listed.items.map(({ entry, contentLocale, isFallback }) => [entry.title, contentLocale, isFallback]);

  it('lists the Italian list, each entry in the visitor’s language where translated and in Italian, marked, where not', async () => {
    const listed = await listPageWithFallback('page', 'en', { sort: ['title:asc'] });
    expect(rows(listed)).toEqual([
      ['Consulta Stranieri', 'it', true],
      ['Famiglie volontarie', 'it', true],
      ['The FAMI project', 'en', false],
    ]);
    expect(listed.pagination).toMatchObject({ page: 1, total: 3 });
  });

  it('asks the CMS twice: the Italian page, then the translations of the entries on it that have one', async () => {
    await listPageWithFallback('page', 'ar', { sort: ['title:asc'] });
    expect(cms.requests.map((received) => received.query.get('locale'))).toEqual(['it', 'ar']);
    const [italian, translations] = cms.requests;
    expect(italian.query.get('sort[0]')).toBe('title:asc');
    expect(italian.query.get('pagination[pageSize]')).toBe('24');
    expect(
      [...translations.query.entries()].filter(([key]) => key.startsWith('filters[documentId][$in]')).map(([, value]) => value),
    ).toEqual(['doc-fami']);
  });

  it('asks the CMS once when no entry on the page is translated, and once in Italian', async () => {
    await listPageWithFallback('page', 'uk');
    await listPageWithFallback('page', 'it');
    expect(cms.requests.map((received) => received.query.get('locale'))).toEqual(['it', 'it']);
  });

  it('pages through the list with every entry once, in one order, whatever the language', async () => {
    const seen: string[] = [];
    for (const page of [1, 2]) {
      const listed = await listPageWithFallback('page', 'ar', { sort: ['title:asc'], page, pageSize: 2 });
      expect(listed.pagination).toMatchObject({ page, pageCount: 2, total: 3 });
      seen.push(...listed.items.map(({ entry }) => entry.documentId));
    }
    expect(seen).toEqual(['doc-consulta', 'doc-families', 'doc-fami']);
  });

  it('passes the filters to the CMS', async () => {
    const listed = await listPageWithFallback('page', 'en', { filters: { slug: { $eq: 'consulta-stranieri' } } });
    expect(rows(listed)).toEqual([['Consulta Stranieri', 'it', true]]);
    expect(cms.requests[0].query.get('filters[slug][$eq]')).toBe('consulta-stranieri');
  });
});
