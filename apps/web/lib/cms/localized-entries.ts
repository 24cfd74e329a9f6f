import 'server-only';
import {
  CONTENT_TYPE_REGISTRY,
  DEFAULT_LOCALE,
  ENTRY_SCHEMAS,
  hasEntryPages,
  LIST_PAGE_SIZE,
  contentType,
  listResponseSchema,
  type ContentType,
  type EntryTypes,
  type ListResponse,
  type LocaleCode,
  type Localization,
  type Pagination,
  type PopulateShape,
  type QueryValue,
} from '@welfare/types';
import { cmsGet } from './client';
import { cacheTags } from './cache-tags';
import { previewOf } from './draft-mode';
import { knownSlugs } from './known-slugs';

/**
 * Entries in the visitor's language, or in Italian when a translation is missing. The portal never
 * answers 404 for an entry that exists in Italian: it shows the Italian text, marked as such.
 */
type SluggedType = { [Name in ContentType]: EntryTypes[Name] extends { slug: string; documentId: string } ? Name : never }[ContentType];
/** Types listed with the Italian fallback: every collection, slugged or not (notices have no slug). */
type ListedType = {
  [Name in ContentType]: EntryTypes[Name] extends { documentId: string; localizations?: unknown } ? Name : never;
}[ContentType];
export type EntryOf<Name extends ContentType> = EntryTypes[Name];

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

const localizations = { fields: ['slug', 'locale'] };

function slugsOf(entry: Localized): Partial<Record<LocaleCode, string>> {
  const slugs: Partial<Record<LocaleCode, string>> = { [entry.locale]: entry.slug };
  for (const localization of entry.localizations ?? []) {
    if (localization.slug) slugs[localization.locale] = localization.slug;
  }
  return slugs;
}

async function findOneBySlug<Name extends SluggedType>(type: Name, locale: LocaleCode, slug: string): Promise<EntryOf<Name> | undefined> {
  const facts = contentType(type);
  // Explicit type arguments: inferring them through zod's types is very slow for the compiler.
  const response = await cmsGet<ListResponse<EntryOf<Name>>>(facts.restPath, listResponseSchema<EntryOf<Name>>(ENTRY_SCHEMAS[type]), {
    params: {
      locale,
      filters: { slug: { $eq: slug } },
      populate: { ...facts.populate.detail, localizations },
      pagination: { pageSize: 1 },
    },
    tags: [cacheTags.entry(type, locale, slug)],
  });
  return response.data[0];
}

/**
 * Whether a slug may be published in a language (known-slugs.ts): an invented one costs no lookup.
 */
async function mayExist(type: SluggedType, locale: LocaleCode, slug: string): Promise<boolean> {
  // Only entry-page types have their slugs refreshed by change notices (cache-tags.ts).
  if (!hasEntryPages(type)) return true;
  return (await knownSlugs(type, locale)).has(slug);
}

/** The draft of one document in one locale, with what it embeds (a staff preview's, only: `draft` reads). */
async function findDraft<Name extends SluggedType>(
  type: Name,
  locale: LocaleCode,
  documentId: string,
  populate: PopulateShape,
): Promise<EntryOf<Name> | undefined> {
  const facts = contentType(type);
  const response = await cmsGet<ListResponse<EntryOf<Name>>>(facts.restPath, listResponseSchema<EntryOf<Name>>(ENTRY_SCHEMAS[type]), {
    params: { locale, filters: { documentId: { $eq: documentId } }, populate, pagination: { pageSize: 1 } },
    // Used only if the session ended meanwhile (then the published version is read, and cached).
    tags: [cacheTags.entries(type, locale)],
    draft: true,
  });
  return response.data[0];
}

/**
 * An entry page's data: the entry in the visitor's language, its Italian text, or a redirect to its
 * translated slug. In a staff preview of this entry, in this language, at the slug of its link: its draft.
 */
export async function findLocalizedBySlug<Name extends SluggedType>(
  type: Name,
  locale: LocaleCode,
  slug: string,
): Promise<EntryLookup<EntryOf<Name>>> {
  const preview = await previewOf(type, locale);
  if (preview && preview.slug === slug) {
    const draft = await findDraft(type, locale, preview.documentId, { ...contentType(type).populate.detail, localizations });
    if (draft) return { found: { entry: draft, contentLocale: locale, isFallback: false, slugs: slugsOf(draft as Localized) } };
  }
  const own = (await mayExist(type, locale, slug)) ? await findOneBySlug(type, locale, slug) : undefined;
  if (own) return { found: { entry: own, contentLocale: locale, isFallback: false, slugs: slugsOf(own as Localized) } };
  if (locale === DEFAULT_LOCALE) return null;

  const italian = (await mayExist(type, DEFAULT_LOCALE, slug)) ? await findOneBySlug(type, DEFAULT_LOCALE, slug) : undefined;
  if (!italian) return null;
  const slugs = slugsOf(italian as Localized);
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

export interface ListPage<T> {
  items: Array<ListedEntry<T>>;
  pagination: Pagination;
}

export interface ListQuery {
  /** 1-based page number; pages past the end come back empty with the real page count. */
  page?: number;
  pageSize?: number;
  filters?: Record<string, QueryValue>;
  /** Strapi's `field:asc|desc`, applied by the CMS; a unique tie-breaker is added. */
  sort?: string[];
  /** Another card shape than the registry's (e.g. what a calendar needs). */
  populate?: PopulateShape;
}

/**
 * One page of a type's list in the visitor's language, with the Italian text of the entries that
 * have no translation yet (marked as fallback).
 *
 * Italian is the master language, so the Italian list is the list: one CMS request asks for the
 * page — filtered, sorted and paginated by the CMS — with each entry's translations (locale and
 * slug); a second asks for the visitor's language versions of the entries on that page that have
 * one. Two requests whatever the page or the catalogue size; no entry twice; the order is the
 * Italian list's, the same on every page and in every language. Filters are language-neutral
 * (a category's documentId, an ISO code, a date), so they select the same entries in every
 * language. See docs/architecture.md ("Lists and the Italian fallback").
 */
export async function listPageWithFallback<Name extends ListedType>(
  type: Name,
  locale: LocaleCode,
  query: ListQuery = {},
): Promise<ListPage<EntryOf<Name>>> {
  const page = await publishedListPage(type, locale, query);
  if (CONTENT_TYPE_REGISTRY[type].preview !== 'list') return page;
  return withPreviewedDraft(type as SluggedType & Name, locale, query, page as ListPage<EntryOf<SluggedType & Name>>) as Promise<
    ListPage<EntryOf<Name>>
  >;
}

/**
 * Types previewed on their list (mediators): in a staff preview of one of them, in this language,
 * the unfiltered list shows its draft in place of its published card, or first on page 1 when it
 * is not on the page (never published yet). Every other card stays published.
 */
async function withPreviewedDraft<Name extends SluggedType>(
  type: Name,
  locale: LocaleCode,
  query: ListQuery,
  page: ListPage<EntryOf<Name>>,
): Promise<ListPage<EntryOf<Name>>> {
  if (query.filters !== undefined) return page;
  const preview = await previewOf(type, locale);
  if (!preview) return page;
  const draft = await findDraft(type, locale, preview.documentId, query.populate ?? contentType(type).populate.card);
  if (!draft) return page;
  const item = { entry: draft, contentLocale: locale, isFallback: false };
  const at = page.items.findIndex(({ entry }) => entry.documentId === preview.documentId);
  if (at >= 0) return { ...page, items: page.items.map((listed, index) => (index === at ? item : listed)) };
  return (query.page ?? 1) <= 1 ? { ...page, items: [item, ...page.items] } : page;
}

async function publishedListPage<Name extends ListedType>(
  type: Name,
  locale: LocaleCode,
  query: ListQuery,
): Promise<ListPage<EntryOf<Name>>> {
  const facts = contentType(type);
  const schema = listResponseSchema<EntryOf<Name>>(ENTRY_SCHEMAS[type]);
  const card = query.populate ?? facts.populate.card;
  const pageSize = query.pageSize ?? facts.portal.pageSize ?? LIST_PAGE_SIZE;
  const translated = locale !== DEFAULT_LOCALE;

  const italian = await cmsGet<ListResponse<EntryOf<Name>>>(facts.restPath, schema, {
    params: {
      locale: DEFAULT_LOCALE,
      filters: query.filters,
      // documentId breaks ties, so equal titles or dates keep one order across pages.
      sort: [...(query.sort ?? []), 'documentId:asc'],
      // A type without slugs (notices) asks only which languages each entry has.
      populate: translated ? { ...card, localizations: facts.hasSlug ? localizations : { fields: ['locale'] } } : card,
      pagination: { page: Math.max(1, Math.floor(query.page ?? 1)), pageSize },
    },
    // The visitor's language too: a first translation published there changes this page.
    tags: translated
      ? [cacheTags.entries(type, DEFAULT_LOCALE), cacheTags.entries(type, locale)]
      : [cacheTags.entries(type, DEFAULT_LOCALE)],
  });
  const pagination = italian.meta.pagination;
  const asItalian = (entry: EntryOf<Name>): ListedEntry<EntryOf<Name>> => ({
    entry,
    contentLocale: DEFAULT_LOCALE,
    isFallback: translated,
  });
  if (!translated) return { items: italian.data.map(asItalian), pagination };

  const withTranslation = italian.data
    .filter((entry) => (entry as Localized).localizations?.some((localization) => localization.locale === locale))
    .map((entry) => entry.documentId);
  const own = new Map<string, EntryOf<Name>>();
  if (withTranslation.length > 0) {
    const response = await cmsGet<ListResponse<EntryOf<Name>>>(facts.restPath, schema, {
      params: {
        locale,
        filters: { documentId: { $in: withTranslation } },
        populate: card,
        pagination: { pageSize: withTranslation.length },
      },
      tags: [cacheTags.entries(type, locale)],
    });
    for (const entry of response.data) own.set(entry.documentId, entry);
  }
  const items = italian.data.map((entry) => {
    const translation = own.get(entry.documentId);
    return translation ? { entry: translation, contentLocale: locale, isFallback: false } : asItalian(entry);
  });
  return { items, pagination };
}
