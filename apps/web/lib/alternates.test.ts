import { LOCALES, LOCALE_CODES } from '@welfare/types';
import { alternatesMetadata, existingHrefs, hrefsForEntry, hrefsForEveryLocale } from './alternates';
import { entryRoute, routes } from './routes';

// The FAMI project page: translated into English and Arabic, Italian everywhere else.
const FAMI = { it: 'progetto-fami', en: 'fami-project', ar: 'mashrou-fami' };

const savedSiteUrl = process.env.NEXT_PUBLIC_SITE_URL;
beforeEach(() => {
  process.env.NEXT_PUBLIC_SITE_URL = 'https://welfare.example.it/';
});
afterEach(() => {
  process.env.NEXT_PUBLIC_SITE_URL = savedSiteUrl;
});

describe('language menu targets', () => {
  it('keeps the visitor on the same entry: the localized slug per language, the Italian slug where it is not translated', () => {
    expect(hrefsForEntry(FAMI, entryRoute('page'))).toEqual({
      it: '/it/pages/progetto-fami',
      en: '/en/pages/fami-project',
      fr: '/fr/pages/progetto-fami',
      ar: '/ar/pages/mashrou-fami',
      ur: '/ur/pages/progetto-fami',
      ro: '/ro/pages/progetto-fami',
      sq: '/sq/pages/progetto-fami',
      uk: '/uk/pages/progetto-fami',
    });
  });

  it('offers every language for an entry that exists only in Italian', () => {
    const hrefs = hrefsForEntry({ it: 'consulta-stranieri' }, entryRoute('service'));
    expect(Object.keys(hrefs)).toEqual([...LOCALE_CODES]);
    for (const locale of LOCALE_CODES) expect(hrefs[locale]).toBe(`/${locale}/services/consulta-stranieri`);
  });

  it('links lists and other pages that exist in every language to the same page in each', () => {
    expect(hrefsForEveryLocale((locale) => routes.list('event', locale))).toEqual(Object.fromEntries(LOCALE_CODES.map((locale) => [locale, `/${locale}/events`])));
  });

  it('names each language in the language itself, left to right or right to left', () => {
    const hrefs = hrefsForEntry(FAMI, entryRoute('page'));
    const menu = LOCALES.map((language) => ({ name: language.nativeName, dir: language.direction, href: hrefs[language.code] }));
    expect(menu).toEqual([
      { name: 'Italiano', dir: 'ltr', href: '/it/pages/progetto-fami' },
      { name: 'English', dir: 'ltr', href: '/en/pages/fami-project' },
      { name: 'Français', dir: 'ltr', href: '/fr/pages/progetto-fami' },
      { name: 'العربية', dir: 'rtl', href: '/ar/pages/mashrou-fami' },
      { name: 'اردو', dir: 'rtl', href: '/ur/pages/progetto-fami' },
      { name: 'Română', dir: 'ltr', href: '/ro/pages/progetto-fami' },
      { name: 'Shqip', dir: 'ltr', href: '/sq/pages/progetto-fami' },
      { name: 'Українська', dir: 'ltr', href: '/uk/pages/progetto-fami' },
    ]);
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
    const alternates = alternatesMetadata('uk', hrefsForEveryLocale((locale) => routes.list('service', locale)));
    expect(Object.keys(alternates?.languages ?? {}).sort()).toEqual([...LOCALE_CODES, 'x-default'].sort());
    expect(alternates?.canonical).toBe('https://welfare.example.it/uk/services');
  });

  it('uses http://localhost:3000 when no site URL is configured', () => {
    delete process.env.NEXT_PUBLIC_SITE_URL;
    expect(alternatesMetadata('it', { it: '/it' })?.canonical).toBe('http://localhost:3000/it');
  });
});
