import 'server-only';
import {
  CategorySchema,
  GlobalSettingsSchema,
  LanguageSchema,
  contentType,
  listResponseSchema,
  singleResponseSchema,
  type EntryPageType,
  type LocaleCode,
} from '@welfare/types';
import { cmsGet } from './client';
import { cacheTags } from './cache-tags';
import { previewOf } from './draft-mode';
import { findLocalizedBySlug, listPageWithFallback, type ListQuery } from './localized-entries';

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

export interface ServiceFilters {
  /** A category's documentId. */
  category?: string;
  /** A mediation language's ISO code. */
  language?: string;
}

export function listServices(locale: LocaleCode, filters: ServiceFilters = {}, page = 1) {
  // Filters are language-neutral (category documentId, ISO code), so they apply to the fallback too.
  const where: ListQuery['filters'] = {};
  if (filters.category) where.category = { documentId: { $eq: filters.category } };
  if (filters.language) where.mediationLanguages = { isoCode: { $eq: filters.language } };
  return listPageWithFallback('service', locale, { filters: where, sort: ['title:asc'], page });
}

export function listMediators(locale: LocaleCode, language?: string, page = 1) {
  return listPageWithFallback('mediator', locale, {
    filters: language ? { languages: { isoCode: { $eq: language } } } : undefined,
    sort: ['displayName:asc'],
    page,
  });
}

export const listSchoolWorkshops = (locale: LocaleCode, page = 1) =>
  listPageWithFallback('school-workshop', locale, { sort: ['title:asc'], page });

/**
 * Events that have not ended at `now`, by their first date. An event without an end is upcoming
 * until it starts; a repeating one until its last date ends (`seriesEndsAt`, which the CMS computes
 * on save). `now` is rounded to the minute so the requests of one render share their answer.
 */
export function listUpcomingEvents(
  locale: LocaleCode,
  { page = 1, pageSize, now = new Date() }: { page?: number; pageSize?: number; now?: Date } = {},
) {
  const at = minute(now);
  return listPageWithFallback('event', locale, {
    filters: { $or: [{ endsAt: { $gte: at } }, { endsAt: { $null: true }, startsAt: { $gte: at } }, { seriesEndsAt: { $gte: at } }] },
    sort: ['startsAt:asc'],
    page,
    pageSize,
  });
}

/** The archive: events that have ended (every date of them), the most recent first. */
export function listPastEvents(locale: LocaleCode, { page = 1, now = new Date() }: { page?: number; now?: Date } = {}) {
  const at = minute(now);
  return listPageWithFallback('event', locale, {
    filters: {
      $and: [
        { $or: [{ endsAt: { $lt: at } }, { endsAt: { $null: true }, startsAt: { $lt: at } }] },
        { $or: [{ seriesEndsAt: { $null: true } }, { seriesEndsAt: { $lt: at } }] },
      ],
    },
    sort: ['startsAt:desc'],
    page,
  });
}

/** Upcoming events with what a calendar needs (the place's address), at most one CMS page. */
export function listCalendarEvents(locale: LocaleCode, now = new Date()) {
  return listUpcomingEvents(locale, { now, pageSize: CALENDAR_LIMIT }).then(({ items }) => items);
}

/** A calendar feed holds the next 100 events: months ahead for an agency of this size. */
const CALENDAR_LIMIT = 100;

function minute(instant: Date): string {
  const rounded = new Date(instant);
  rounded.setUTCSeconds(0, 0);
  return rounded.toISOString();
}
