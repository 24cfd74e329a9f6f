import { LOCALES, LOCALE_CODES, directionOf, isLocaleCode } from '@welfare/types';

/**
 * The <html lang dir> of every page. app/[locale]/layout.tsx writes
 * `<html lang={locale} dir={directionOf(locale)}>` for the locales of i18n/routing.ts (LOCALE_CODES).
 * The layout itself cannot be rendered in Jest: it imports CSS files and next-intl (an ES module,
 * which this Jest configuration does not transform), and calls setRequestLocale, which needs a React
 * Server Components request. These tests check what it is built from.
 */
const DIRECTIONS = [
  ['it', 'ltr'],
  ['en', 'ltr'],
  ['fr', 'ltr'],
  ['ar', 'rtl'],
  ['ur', 'rtl'],
  ['ro', 'ltr'],
  ['sq', 'ltr'],
  ['uk', 'ltr'],
] as const;

describe('text direction per locale', () => {
  it.each(DIRECTIONS)('writes dir for %s as %s', (locale, direction) => {
    expect(directionOf(locale)).toBe(direction);
  });

  it('reads right to left exactly Arabic and Urdu', () => {
    expect(LOCALE_CODES.filter((locale) => directionOf(locale) === 'rtl')).toEqual(['ar', 'ur']);
  });

  it('covers every registered locale (a new language needs its direction checked here)', () => {
    expect(DIRECTIONS.map(([locale]) => locale)).toEqual([...LOCALE_CODES]);
  });

  it('uses BCP 47 codes for lang', () => {
    for (const { code } of LOCALES) expect(Intl.getCanonicalLocales(code)).toEqual([code]);
    expect(isLocaleCode('de')).toBe(false);
  });
});
