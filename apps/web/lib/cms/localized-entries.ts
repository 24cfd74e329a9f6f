import 'server-only';
import { z } from '@welfare/types';
import { DEFAULT_LOCALE, listResponseSchema, type ContentType, type ListResponse, type LocaleCode, type Localization } from '@welfare/types';
import { cmsGet, cmsGetAll } from './client';
import { cacheTags } from './cache-tags';
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
  type: ContentType;
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
    tags: [cacheTags.entry(query.type, locale, slug)],
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
  params: { filters?: Record<string, QueryValue>; sort?: string } = {},
): Promise<Array<ListedEntry<T>>> {
  const fetchIn = (language: LocaleCode) =>
    cmsGetAll<T>(query.path, query.schema, {
      params: { locale: language, filters: params.filters, sort: params.sort ? [params.sort] : undefined, populate: query.populate },
      tags: [cacheTags.entries(query.type, language)],
    });
  const own = await fetchIn(locale);
  const listed: Array<ListedEntry<T>> = own.map((entry) => ({ entry, contentLocale: locale, isFallback: false }));
  if (locale === DEFAULT_LOCALE) return listed;

  const present = new Set(own.map((entry) => entry.documentId));
  const missing = (await fetchIn(DEFAULT_LOCALE)).filter((entry) => !present.has(entry.documentId));
  if (missing.length === 0) return listed;
  const merged = [...listed, ...missing.map((entry) => ({ entry, contentLocale: DEFAULT_LOCALE, isFallback: true }))];
  return params.sort ? merged.sort(byField(params.sort, locale)) : merged;
}

/** The CMS's `field:asc|desc` order, applied to a list that mixes two languages. */
function byField<T>(sort: string, locale: LocaleCode): (a: ListedEntry<T>, b: ListedEntry<T>) => number {
  const [field, direction = 'asc'] = sort.split(':');
  const collator = new Intl.Collator(locale);
  const sign = direction === 'desc' ? -1 : 1;
  return (a, b) => {
    const x = (a.entry as Record<string, unknown>)[field];
    const y = (b.entry as Record<string, unknown>)[field];
    if (typeof x === 'string' && typeof y === 'string') return sign * collator.compare(x, y);
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return 0;
  };
}
