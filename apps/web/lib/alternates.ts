import type { Metadata } from 'next';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@welfare/types';
import { absoluteUrl } from './site-url';

/**
 * Where each language version of a page is. Lists exist in every language; an entry exists in the
 * languages it is translated into, and every other language shows its Italian text.
 */
export type LocaleHrefs = Record<LocaleCode, string>;
export type EntrySlugs = Partial<Record<LocaleCode, string>>;

export function hrefsForEveryLocale(build: (locale: LocaleCode) => string): LocaleHrefs {
  return Object.fromEntries(LOCALE_CODES.map((locale) => [locale, build(locale)])) as LocaleHrefs;
}

/** The language menu's targets: the translation where it exists, else the Italian slug (shown as fallback). */
export function hrefsForEntry(slugs: EntrySlugs, build: (locale: LocaleCode, slug: string) => string): LocaleHrefs {
  const italian = slugs[DEFAULT_LOCALE] ?? Object.values(slugs)[0] ?? '';
  return hrefsForEveryLocale((locale) => build(locale, slugs[locale] ?? italian));
}

/** hreflang alternates: only the translations that exist, plus x-default (Italian, the master). */
export function alternatesMetadata(locale: LocaleCode, existing: Partial<LocaleHrefs>): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const [code, href] of Object.entries(existing)) languages[code] = absoluteUrl(href);
  const fallback = existing[DEFAULT_LOCALE] ?? existing[locale];
  if (fallback) languages['x-default'] = absoluteUrl(fallback);
  return { canonical: existing[locale] ? absoluteUrl(existing[locale]) : fallback ? absoluteUrl(fallback) : undefined, languages };
}

export function existingHrefs(slugs: EntrySlugs, build: (locale: LocaleCode, slug: string) => string): Partial<LocaleHrefs> {
  const hrefs: Partial<LocaleHrefs> = {};
  for (const [locale, slug] of Object.entries(slugs) as Array<[LocaleCode, string]>) hrefs[locale] = build(locale, slug);
  return hrefs;
}
