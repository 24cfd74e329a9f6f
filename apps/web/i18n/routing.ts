import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALE_CODES } from '@welfare/types/locales';

// Every page lives under its locale prefix; `/` goes to the visitor's preferred language.
export const routing = defineRouting({
  locales: LOCALE_CODES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // next-intl's middleware would send a `Link` header with the same path in every language, wrong
  // for entries (slugs are localized, some entries are not translated): the alternates come only
  // from each page's <head> (lib/alternates.ts), which knows the translations that exist.
  alternateLinks: false,
});
