/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { LOCALE_CODES } from '@welfare/types';
import { alternatesMetadata, existingHrefs, hrefsForEntry, hrefsForEveryLocale } from './alternates';
import { entryRoute, routes } from './routes';

// The FAMI project page: translated into English and Arabic, Italian everywhere else.
const FAMI = { it: 'progetto-fami', en: 'fami-project', ar: 'mashrou-fami' };

const savedSiteUrl = process.env.PORTAL_URL;
beforeEach(() => {
  process.env.PORTAL_URL = 'https://welfare.example.it/';
});
afterEach(() => {
  process.env.PORTAL_URL = savedSiteUrl;
});

describe('language menu targets', () => {
  it('keeps the visitor on the same entry: the localized slug per language, the Italian slug where it is not translated', () => {
    const hrefs = hrefsForEntry(FAMI, entryRoute('page'));
    expect(Object.keys(hrefs)).toEqual([...LOCALE_CODES]);
    expect(hrefs).toMatchObject({ it: '/it/pages/progetto-fami', en: '/en/pages/fami-project', ar: '/ar/pages/mashrou-fami' });
    for (const locale of LOCALE_CODES.filter((code) => !(code in FAMI))) expect(hrefs[locale]).toBe(`/${locale}/pages/progetto-fami`);
  });

  it('offers every language for an entry that exists only in Italian', () => {
    const hrefs = hrefsForEntry({ it: 'consulta-stranieri' }, entryRoute('service'));
    expect(Object.keys(hrefs)).toEqual([...LOCALE_CODES]);
    for (const locale of LOCALE_CODES) expect(hrefs[locale]).toBe(`/${locale}/services/consulta-stranieri`);
  });

  it('links lists and other pages that exist in every language to the same page in each', () => {
    expect(hrefsForEveryLocale((locale) => routes.list('event', locale))).toEqual(
      Object.fromEntries(LOCALE_CODES.map((locale) => [locale, `/${locale}/events`])),
    );
  });
});

describe('hreflang alternates', () => {
  it('lists only the translations that exist, plus x-default in Italian, as absolute URLs', () => {
    const alternates = alternatesMetadata('en', existingHrefs(FAMI, entryRoute('page')));
    expect(alternates).toEqual({
      canonical: 'https://welfare.example.it/en/pages/fami-project',
      languages: {
        it: 'https://welfare.example.it/it/pages/progetto-fami',
        en: 'https://welfare.example.it/en/pages/fami-project',
        ar: 'https://welfare.example.it/ar/pages/mashrou-fami',
        'x-default': 'https://welfare.example.it/it/pages/progetto-fami',
      },
    });
  });

  it('points the canonical URL of an Italian fallback page to the Italian original', () => {
    const alternates = alternatesMetadata('fr', existingHrefs(FAMI, entryRoute('page')));
    expect(alternates?.canonical).toBe('https://welfare.example.it/it/pages/progetto-fami');
    expect(Object.keys(alternates?.languages ?? {})).not.toContain('fr');
  });

  it('lists every language for pages that exist in every language', () => {
    const alternates = alternatesMetadata(
      'uk',
      hrefsForEveryLocale((locale) => routes.list('service', locale)),
    );
    expect(Object.keys(alternates?.languages ?? {}).sort()).toEqual([...LOCALE_CODES, 'x-default'].sort());
    expect(alternates?.canonical).toBe('https://welfare.example.it/uk/services');
  });

  it('uses http://localhost:3000 when no site URL is configured', () => {
    delete process.env.PORTAL_URL;
    expect(alternatesMetadata('it', { it: '/it' })?.canonical).toBe('http://localhost:3000/it');
  });
});
