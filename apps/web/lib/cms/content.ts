import 'server-only';
import {
  CategorySchema,
  GlobalSettingsSchema,
  LanguageSchema,
  contentType,
  listQueryFilters,
  listResponseSchema,
  listViews,
  singleResponseSchema,
  type EntryPageType,
  type ListPageType,
  type ListViewName,
  type LocaleCode,
} from '@welfare/types';
import type { ListFilters } from '@/lib/page/list-selection';
import { cmsGet } from './client';
import { cacheTags } from './cache-tags';
import { previewOf } from './draft-mode';
import { findLocalizedBySlug, listPageWithFallback } from './localized-entries';

/** The portal's questions to the CMS, one function per page need; the shapes come from the registry. */

/**
 * The global settings in a language; their draft in a staff preview of them in that language (its
 * pages show it), unless `publishedOnly` (what leaves the page: the web app manifest).
 */
export async function getGlobalSettings(locale: LocaleCode, { publishedOnly = false }: { publishedOnly?: boolean } = {}) {
  const facts = contentType('global');
  const draft = !publishedOnly && (await previewOf('global', locale)) !== null;
  const response = await cmsGet(facts.restPath, singleResponseSchema(GlobalSettingsSchema), {
    params: { locale, populate: facts.populate.card },
    tags: [cacheTags.entries('global', locale)],
    draft,
  });
  return response.data;
}

/** An entry page's entry (in the visitor's language, Italian, or a redirect), by its slug. */
export const getEntry = <Name extends EntryPageType>(type: Name, locale: LocaleCode, slug: string) =>
  findLocalizedBySlug(type, locale, slug);

/** Taxonomies are small and bounded by what staff create; one CMS page holds them. */
const TAXONOMY_LIMIT = 100;

export async function listCategories(locale: LocaleCode) {
  const response = await cmsGet(contentType('category').restPath, listResponseSchema(CategorySchema), {
    params: { locale, sort: ['name:asc'], pagination: { pageSize: TAXONOMY_LIMIT } },
    tags: [cacheTags.entries('category', locale)],
  });
  return response.data;
}

export async function listLanguages(locale: LocaleCode) {
  const response = await cmsGet(contentType('language').restPath, listResponseSchema(LanguageSchema), {
    params: { locale, sort: ['name:asc'], pagination: { pageSize: TAXONOMY_LIMIT } },
    tags: [cacheTags.entries('language', locale)],
  });
  return response.data;
}

/**
 * One page of one view of a type's list, narrowed by its filters (ISO codes, documentIds), in the
 * visitor's language with the Italian fallback. The view's order and time window, and what each
 * filter matches, are the registry's (`portal.lists`, `portal.filters`). `now` is rounded to the
 * minute so the requests of one render share their answer.
 */
export function listEntries<Name extends ListPageType>(
  type: Name,
  view: ListViewName<Name>,
  locale: LocaleCode,
  { filters = {}, page = 1, pageSize, now = new Date() }: { filters?: ListFilters; page?: number; pageSize?: number; now?: Date } = {},
) {
  return listPageWithFallback(type, locale, {
    filters: listQueryFilters(type, view, filters, minute(now)),
    sort: [...listViews(type)[view].sort],
    page,
    pageSize,
  });
}

/** Upcoming events with what a calendar needs (the place's address), at most one CMS page. */
export function listCalendarEvents(locale: LocaleCode, now = new Date()) {
  return listEntries('event', 'upcoming', locale, { now, pageSize: CALENDAR_LIMIT }).then(({ items }) => items);
}

/** A calendar feed holds the next 100 events: months ahead for an agency of this size. */
const CALENDAR_LIMIT = 100;

function minute(instant: Date): string {
  const rounded = new Date(instant);
  rounded.setUTCSeconds(0, 0);
  return rounded.toISOString();
}
