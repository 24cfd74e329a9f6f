import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, directionOf, getLocale, isLocaleCode } from './locales';

describe('locale registry', () => {
  it('ships the eight locales of the portal with Italian as the default', () => {
    expect(LOCALE_CODES).toEqual(['it', 'en', 'fr', 'ar', 'ur', 'ro', 'sq', 'uk']);
    expect(DEFAULT_LOCALE).toBe('it');
  });

  it('reads Arabic and Urdu right to left and every other locale left to right', () => {
    const rtl = LOCALES.filter((locale) => locale.direction === 'rtl').map((locale) => locale.code);
    expect(rtl).toEqual(['ar', 'ur']);
    expect(directionOf('uk')).toBe('ltr');
  });

  it('names every language in its own script', () => {
    expect(getLocale('ar').nativeName).toBe('العربية');
    expect(getLocale('ur').nativeName).toBe('اردو');
    expect(getLocale('uk').nativeName).toBe('Українська');
    expect(new Set(LOCALES.map((locale) => locale.nativeName)).size).toBe(LOCALES.length);
  });

  it('recognises only registered codes', () => {
    expect(isLocaleCode('ar')).toBe(true);
    expect(isLocaleCode('de')).toBe(false);
    expect(isLocaleCode(undefined)).toBe(false);
    expect(() => getLocale('de' as never)).toThrow('Unknown locale "de"');
  });
});
