import 'server-only';
import { z } from '@welfare/types';
import { DEFAULT_LOCALE, listResponseSchema, type ListResponse, type LocaleCode, type Localization } from '@welfare/types';
import { cmsGet } from './client';
import { tagsFor, type CmsType } from './cache-tags';
import type { QueryValue } from './query-string';

/**
 * Entries in the visitor's language, or in Italian when a translation is missing. The portal never
 * answers 404 for an entry that exists in Italian: it shows the Italian text, marked as such.
 */
interface Localized {
  documentId: string;
  locale: LocaleCode;
  slug: string;
  localizations?: Localization[];
}

export interface LocalizedEntry<T> {
  entry: T;
  /** The language the entry's text is in: the visitor's, or Italian as a fallback. */
  contentLocale: LocaleCode;
  isFallback: boolean;
  /** The entry's slug in each language it exists in (hreflang, language menu). */
  slugs: Partial<Record<LocaleCode, string>>;
}

export type EntryLookup<T> = { found: LocalizedEntry<T> } | { redirectToSlug: string } | null;

export interface TypeQuery<T extends Localized> {
  type: CmsType;
  path: string;
  schema: z.ZodType<T>;
  populate: Record<string, QueryValue>;
}

function slugsOf(entry: Localized): Partial<Record<LocaleCode, string>> {
  const slugs: Partial<Record<LocaleCode, string>> = { [entry.locale]: entry.slug };
  for (const localization of entry.localizations ?? []) {
    if (localization.slug) slugs[localization.locale] = localization.slug;
  }
  return slugs;
}

async function findOneBySlug<T extends Localized>(query: TypeQuery<T>, locale: LocaleCode, slug: string): Promise<T | undefined> {
  // Explicit type arguments: inferring them through zod's types is very slow for the compiler.
  const response = await cmsGet<ListResponse<T>>(query.path, listResponseSchema<T>(query.schema), {
    params: { locale, filters: { slug: { $eq: slug } }, populate: query.populate, pagination: { pageSize: 1 } },
    tags: tagsFor(query.type, locale),
  });
  return response.data[0];
}

export async function findLocalizedBySlug<T extends Localized>(query: TypeQuery<T>, locale: LocaleCode, slug: string): Promise<EntryLookup<T>> {
  const own = await findOneBySlug(query, locale, slug);
  if (own) return { found: { entry: own, contentLocale: locale, isFallback: false, slugs: slugsOf(own) } };
  if (locale === DEFAULT_LOCALE) return null;

  const italian = await findOneBySlug(query, DEFAULT_LOCALE, slug);
  if (!italian) return null;
  const slugs = slugsOf(italian);
  // The Italian slug of an entry that is translated: send the visitor to the translation.
  const translated = slugs[locale];
  if (translated) return { redirectToSlug: translated };
  return { found: { entry: italian, contentLocale: DEFAULT_LOCALE, isFallback: true, slugs } };
}

export interface ListedEntry<T> {
  entry: T;
  contentLocale: LocaleCode;
  isFallback: boolean;
}

/**
 * A list in the visitor's language, completed with the Italian entries that have no translation
 * yet (shown in Italian, marked as such), in the order of `sort`.
 */
export async function listWithFallback<T extends Localized>(
  query: TypeQuery<T>,
  locale: LocaleCode,
  params: { filters?: Record<string, QueryValue>; sort?: string[] } = {},
): Promise<Array<ListedEntry<T>>> {
  const fetchIn = (language: LocaleCode) =>
    cmsGet<ListResponse<T>>(query.path, listResponseSchema<T>(query.schema), {
      params: { locale: language, filters: params.filters, sort: params.sort, populate: query.populate, pagination: { pageSize: 100 } },
      tags: tagsFor(query.type, language),
    });
  const own = await fetchIn(locale);
  const listed: Array<ListedEntry<T>> = own.data.map((entry) => ({ entry, contentLocale: locale, isFallback: false }));
  if (locale === DEFAULT_LOCALE) return listed;

  const present = new Set(own.data.map((entry) => entry.documentId));
  const italian = await fetchIn(DEFAULT_LOCALE);
  const missing = italian.data.filter((entry) => !present.has(entry.documentId));
  if (missing.length === 0) return listed;
  // Keep the CMS's order: the Italian list has every entry.
  const order = new Map(italian.data.map((entry, index) => [entry.documentId, index]));
  return [...listed, ...missing.map((entry) => ({ entry, contentLocale: DEFAULT_LOCALE, isFallback: true }))].sort(
    (a, b) => (order.get(a.entry.documentId) ?? 0) - (order.get(b.entry.documentId) ?? 0),
  );
}
