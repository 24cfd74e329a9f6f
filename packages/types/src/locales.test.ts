import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, directionOf, getLocale, isLocaleCode } from './locales';

/**
 * The registry's rules, for the eight languages of today and any added later: no list of codes is
 * repeated here (a ninth language needs no change to this file).
 */
describe('locale registry', () => {
  it('has Italian, the master language, as the default and first locale', () => {
    expect(DEFAULT_LOCALE).toBe('it');
    expect(LOCALE_CODES[0]).toBe(DEFAULT_LOCALE);
    expect(LOCALE_CODES).toContain('ar');
    expect(LOCALE_CODES).toContain('ur');
  });

  it('uses unique, canonical BCP 47 codes', () => {
    expect(new Set(LOCALE_CODES).size).toBe(LOCALE_CODES.length);
    for (const code of LOCALE_CODES) expect(Intl.getCanonicalLocales(code)).toEqual([code]);
  });

  it('reads each language in the direction of its script, Arabic and Urdu right to left', () => {
    for (const { code, direction, script } of LOCALES)
      expect({ code, direction }).toEqual({ code, direction: script === 'Arab' || script === 'Aran' ? 'rtl' : 'ltr' });
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ur')).toBe('rtl');
    expect(directionOf('uk')).toBe('ltr');
  });

  it('gives each language the script CLDR writes it in (Urdu: Arabic, in the Nastaliq style)', () => {
    for (const { code, script } of LOCALES) {
      const likely = new Intl.Locale(code).maximize().script;
      expect({ code, script: script === 'Aran' ? 'Arab' : script }).toEqual({ code, script: likely });
    }
  });

  it('names every language in its own script, each name different', () => {
    expect(getLocale('ar').nativeName).toBe('العربية');
    expect(getLocale('ur').nativeName).toBe('اردو');
    expect(getLocale('uk').nativeName).toBe('Українська');
    expect(new Set(LOCALES.map((locale) => locale.nativeName)).size).toBe(LOCALES.length);
    for (const { code, nativeName } of LOCALES) {
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
      // ICU's own name of the language, when it knows it (case aside: Italian writes "italiano").
      if (own && own !== code) expect({ code, nativeName: nativeName.toLowerCase() }).toEqual({ code, nativeName: own.toLowerCase() });
    }
  });

  it('recognises only registered codes', () => {
    expect(isLocaleCode('ar')).toBe(true);
    expect(isLocaleCode('de')).toBe(false);
    expect(isLocaleCode(undefined)).toBe(false);
    expect(() => getLocale('de' as never)).toThrow('Unknown locale "de"');
  });
});
