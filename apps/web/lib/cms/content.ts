import 'server-only';
import {
  CategorySchema,
  EventSchema,
  GlobalSettingsSchema,
  LanguageSchema,
  MediatorSchema,
  PageSchema,
  SchoolWorkshopSchema,
  ServiceSchema,
  listResponseSchema,
  singleResponseSchema,
  type Event,
  type LocaleCode,
  type Mediator,
  type Page,
  type SchoolWorkshop,
  type Service,
} from '@welfare/types';
import { cmsGet } from './client';
import { cacheTags } from './cache-tags';
import { POPULATE } from './populate';
import { findLocalizedBySlug, listWithFallback, type TypeQuery } from './localized-entries';

/** The portal's questions to the CMS, one function per page need. */

const serviceDetailQuery: TypeQuery<Service> = { type: 'service', path: '/services', schema: ServiceSchema, populate: POPULATE.serviceDetail };
const eventDetailQuery: TypeQuery<Event> = { type: 'event', path: '/events', schema: EventSchema, populate: POPULATE.eventDetail };
const workshopDetailQuery: TypeQuery<SchoolWorkshop> = {
  type: 'school-workshop',
  path: '/school-workshops',
  schema: SchoolWorkshopSchema,
  populate: POPULATE.workshopDetail,
};
const pageQuery: TypeQuery<Page> = { type: 'page', path: '/pages', schema: PageSchema, populate: POPULATE.page };
const mediatorQuery: TypeQuery<Mediator> = { type: 'mediator', path: '/mediators', schema: MediatorSchema, populate: POPULATE.mediator };

export async function getGlobalSettings(locale: LocaleCode) {
  const response = await cmsGet('/global', singleResponseSchema(GlobalSettingsSchema), {
    params: { locale, populate: POPULATE.global },
    tags: [cacheTags.entries('global', locale)],
  });
  return response.data;
}

export interface ServiceFilters {
  category?: string;
  language?: string;
}

export function listServices(locale: LocaleCode, filters: ServiceFilters = {}) {
  // Filters are language-neutral (category documentId, ISO code), so they apply to the fallback too.
  const where: Record<string, Record<string, Record<string, string>>> = {};
  if (filters.category) where.category = { documentId: { $eq: filters.category } };
  if (filters.language) where.mediationLanguages = { isoCode: { $eq: filters.language } };
  return listWithFallback({ ...serviceDetailQuery, populate: POPULATE.serviceCard }, locale, { filters: where, sort: 'title:asc' });
}

export const getService = (locale: LocaleCode, slug: string) => findLocalizedBySlug(serviceDetailQuery, locale, slug);

export async function listCategories(locale: LocaleCode) {
  const response = await cmsGet('/categories', listResponseSchema(CategorySchema), {
    params: { locale, sort: ['name:asc'], pagination: { pageSize: 100 } },
    tags: [cacheTags.entries('category', locale)],
  });
  return response.data;
}

export async function listLanguages(locale: LocaleCode) {
  const response = await cmsGet('/languages', listResponseSchema(LanguageSchema), {
    params: { locale, sort: ['name:asc'], pagination: { pageSize: 100 } },
    tags: [cacheTags.entries('language', locale)],
  });
  return response.data;
}

export function listMediators(locale: LocaleCode, language?: string) {
  return listWithFallback(mediatorQuery, locale, {
    filters: language ? { languages: { isoCode: { $eq: language } } } : undefined,
    sort: 'displayName:asc',
  });
}

export function listWorkshops(locale: LocaleCode) {
  return listWithFallback({ ...workshopDetailQuery, populate: POPULATE.workshopCard }, locale, { sort: 'title:asc' });
}

export const getWorkshop = (locale: LocaleCode, slug: string) => findLocalizedBySlug(workshopDetailQuery, locale, slug);

export function listEvents(locale: LocaleCode) {
  return listWithFallback({ ...eventDetailQuery, populate: POPULATE.eventCard }, locale, { sort: 'startsAt:asc' });
}

/** Events with everything a calendar needs (place), in the visitor's language or Italian. */
export function listEventsForCalendar(locale: LocaleCode) {
  return listWithFallback({ ...eventDetailQuery, populate: { place: true } }, locale, { sort: 'startsAt:asc' });
}

export const getEvent = (locale: LocaleCode, slug: string) => findLocalizedBySlug(eventDetailQuery, locale, slug);

export const getPage = (locale: LocaleCode, slug: string) => findLocalizedBySlug(pageQuery, locale, slug);
