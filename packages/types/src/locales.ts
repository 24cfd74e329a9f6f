/**
 * The locale registry: the only list of languages in the project.
 * The CMS creates its i18n locales from it; the portal routes and renders from it.
 * To add a language: add it here, then translate the portal's message file.
 */
export type TextDirection = 'ltr' | 'rtl';

export interface LocaleDefinition {
  /** BCP 47 code, also the Strapi locale code and the portal's URL prefix. */
  readonly code: string;
  /** The language's name in the language itself, as the language menu shows it. */
  readonly nativeName: string;
  /** The language's name in English, for the CMS admin. */
  readonly englishName: string;
  readonly direction: TextDirection;
}

export const LOCALES = [
  { code: 'it', nativeName: 'Italiano', englishName: 'Italian', direction: 'ltr' },
  { code: 'en', nativeName: 'English', englishName: 'English', direction: 'ltr' },
  { code: 'fr', nativeName: 'Français', englishName: 'French', direction: 'ltr' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', direction: 'rtl' },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', direction: 'rtl' },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', direction: 'ltr' },
  { code: 'sq', nativeName: 'Shqip', englishName: 'Albanian', direction: 'ltr' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', direction: 'ltr' },
] as const satisfies readonly LocaleDefinition[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

/** Italian is the master language: entries are written in it first and shown in it when a translation is missing. */
export const DEFAULT_LOCALE: LocaleCode = 'it';

export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((locale) => locale.code);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function getLocale(code: LocaleCode): LocaleDefinition {
  const locale = LOCALES.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}"`);
  return locale;
}

export function directionOf(code: LocaleCode): TextDirection {
  return getLocale(code).direction;
}
