import { LOCALES, LOCALE_CODES } from '@welfare/types';
import { routing } from '@/i18n/routing';
import { inLocale } from './in-locale';

/**
 * `<html lang dir>` of every page (app/[locale]/layout.tsx spreads inLocale(locale) on it) and of
 * every element in another language than the page's, such as an Italian fallback on an Arabic page.
 * The layout itself runs only in a React Server Components request; the browser tests check the
 * rendered <html> of each kind of page.
 */
describe('inLocale', () => {
  it.each(LOCALES.map((locale) => [locale.code, locale.direction] as const))(
    'marks %s text with its BCP 47 code and direction %s',
    (code, direction) => {
      expect(inLocale(code)).toEqual({ lang: code, dir: direction });
      expect(Intl.getCanonicalLocales(code)).toEqual([code]);
    },
  );

  it('writes Arabic and Urdu right to left, Italian left to right', () => {
    expect(inLocale('ar').dir).toBe('rtl');
    expect(inLocale('ur').dir).toBe('rtl');
    expect(inLocale('it').dir).toBe('ltr');
  });

  it('gives the reading direction that the browser’s own locale data knows for every registered language', () => {
    // Intl.Locale's text info (a `textInfo` getter in Node 20, `getTextInfo()` in newer engines):
    // the direction CLDR gives the language's script, so a new language cannot get it wrong.
    type TextInfo = { direction: 'ltr' | 'rtl' };
    type WithTextInfo = Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
    for (const code of LOCALE_CODES) {
      const locale = new Intl.Locale(code) as WithTextInfo;
      const textInfo = locale.getTextInfo?.() ?? locale.textInfo;
      expect(textInfo).toBeDefined();
      expect(inLocale(code).dir).toBe(textInfo?.direction);
    }
  });
});

describe('the portal’s routes', () => {
  it('serve exactly the registered languages, under their prefix, Italian by default', () => {
    expect(routing.locales).toEqual(LOCALE_CODES);
    expect(routing.defaultLocale).toBe('it');
    expect(routing.localePrefix).toBe('always');
  });
});
