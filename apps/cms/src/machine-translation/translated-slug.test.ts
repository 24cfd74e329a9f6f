import { SLUG_PATTERN } from '@welfare/types';
import { transliterateUkrainian, translatedSlug, uniqueSlug } from './translated-slug';

describe('slugs of machine-drafted translations', () => {
  it('transliterates Ukrainian as the national standard does (the demo content’s slugs)', () => {
    expect(translatedSlug("Сім'я та діти", 'uk', 'x')).toBe('simia-ta-dity');
    expect(translatedSlug('Здоров’я', 'uk', 'x')).toBe('zdorovia');
    expect(transliterateUkrainian('Юлія Єнакієве Згурівка Їжакевич Йосипівка')).toBe('yuliia yenakiieve zghurivka yizhakevych yosypivka');
  });

  it('writes Arabic, Urdu and Latin-script titles in Latin letters the portal accepts', () => {
    for (const [title, locale] of [
      ['الأسرة والأطفال', 'ar'],
      ['خاندان اور بچے', 'ur'],
      ['Shëndeti dhe familja', 'sq'],
      ['Santé & famille', 'fr'],
    ] as const) {
      expect(translatedSlug(title, locale, 'x')).toMatch(SLUG_PATTERN);
    }
    expect(translatedSlug('Shëndeti dhe familja', 'sq', 'x')).toBe('shendeti-dhe-familja');
    expect(translatedSlug('Santé & famille', 'fr', 'x')).toBe('sante-and-famille');
  });

  it('falls back when the title gives no letters, and never repeats a slug of the language', () => {
    expect(translatedSlug('???', 'ar', 'servizio-ar')).toBe('servizio-ar');
    expect(uniqueSlug('sihha', new Set(['sihha', 'sihha-2']))).toBe('sihha-3');
    expect(uniqueSlug('sihha', new Set())).toBe('sihha');
  });
});
