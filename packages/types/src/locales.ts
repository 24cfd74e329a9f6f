/**
 * The locale registry: the only list of languages in the project.
 * The CMS creates its i18n locales from it; the portal routes and renders from it.
 * To add a language: add it here, then translate the portal's message file (README, "Adding a language").
 */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The writing system a language's text is set in (ISO 15924): the portal picks the page's fonts by
 * it (apps/web/components/font-preloads.ts). Urdu is `Aran`, Arabic script in the Nastaliq style,
 * which needs a typeface of its own. A new script needs its fonts there and in globals.css.
 */
export type Script = 'Latn' | 'Cyrl' | 'Arab' | 'Aran';

export interface LocaleDefinition {
  /** BCP 47 code, also the Strapi locale code and the portal's URL prefix. */
  readonly code: string;
  /** The language's name in the language itself, as the language menu shows it. */
  readonly nativeName: string;
  /** The language's name in English, for the CMS admin. */
  readonly englishName: string;
  readonly direction: TextDirection;
  readonly script: Script;
}

export const LOCALES = [
  { code: 'it', nativeName: 'Italiano', englishName: 'Italian', direction: 'ltr', script: 'Latn' },
  { code: 'en', nativeName: 'English', englishName: 'English', direction: 'ltr', script: 'Latn' },
  { code: 'fr', nativeName: 'Français', englishName: 'French', direction: 'ltr', script: 'Latn' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', direction: 'rtl', script: 'Arab' },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', direction: 'rtl', script: 'Aran' },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', direction: 'ltr', script: 'Latn' },
  { code: 'sq', nativeName: 'Shqip', englishName: 'Albanian', direction: 'ltr', script: 'Latn' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', direction: 'ltr', script: 'Cyrl' },
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
