import { directionOf, type LocaleCode } from '@welfare/types';

/**
 * `lang` and `dir` for an element in the visitor's language, e.g. a heading or a date inside an
 * Italian fallback article (`lang="it" dir="ltr"`) on an Arabic page.
 */
export function inLocale(locale: LocaleCode): { lang: LocaleCode; dir: 'ltr' | 'rtl' } {
  return { lang: locale, dir: directionOf(locale) };
}
