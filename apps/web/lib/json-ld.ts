import { contentType, type EntryPageType, type LocaleCode, type Place, type PlaceRef } from '@welfare/types';
import type { EntryOf } from './cms/localized-entries';
import { isFreeAdmission } from './event-cost';
import { routes } from './routes';
import { absoluteUrl } from './site-url';

/** schema.org structured data for search engines, of the type the registry names for each content type. */
type JsonLd = Record<string, unknown>;

export function placeJsonLd(place: Place | PlaceRef): JsonLd {
  return {
    '@type': 'Place',
    name: place.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: place.address ?? undefined,
      postalCode: place.postalCode ?? undefined,
      addressLocality: place.municipality,
      addressRegion: 'BS',
      addressCountry: 'IT',
    },
    geo:
      place.latitude != null && place.longitude != null
        ? { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude }
        : undefined,
  };
}

export interface JsonLdContext {
  /** The page's language (the URL's), which may differ from the entry's when it is a fallback. */
  locale: LocaleCode;
  agencyName: string;
}

const agency = (name: string) => ({ '@type': 'GovernmentOrganization', name });
const entryUrl = (type: EntryPageType, locale: LocaleCode, slug: string) => absoluteUrl(routes.entry(type, locale, slug));

/** Each entry type's structured data, of the schema.org type the registry names for it. */
const BUILDERS: { [Name in EntryPageType]: (entry: EntryOf<Name>, context: JsonLdContext) => JsonLd } = {
  service: (service, { locale, agencyName }) => ({
    name: service.title,
    description: service.summary,
    url: entryUrl('service', locale, service.slug),
    serviceType: service.category?.name,
    provider: agency(agencyName),
    areaServed: { '@type': 'AdministrativeArea', name: 'Valle Camonica' },
    availableLanguage: service.mediationLanguages?.map((language) => ({ '@type': 'Language', name: language.name, alternateName: language.isoCode })),
    availableChannel: service.places?.map((place) => ({ '@type': 'ServiceChannel', serviceLocation: placeJsonLd(place) })),
  }),
  event: (event, { locale, agencyName }) => ({
    name: event.title,
    description: event.summary,
    url: entryUrl('event', locale, event.slug),
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: event.place ? placeJsonLd(event.place) : undefined,
    image: event.poster?.mime.startsWith('image/') ? absoluteUrl(event.poster.url) : undefined,
    organizer: event.organizer ? { '@type': 'Organization', name: event.organizer } : agency(agencyName),
    // Only what the cost says; left out (undefined) when it is not clear.
    isAccessibleForFree: isFreeAdmission(event.cost),
  }),
  'school-workshop': (workshop, { locale, agencyName }) => ({
    name: workshop.title,
    description: workshop.summary,
    url: entryUrl('school-workshop', locale, workshop.slug),
    provider: agency(agencyName),
    educationalLevel: workshop.targetClasses,
  }),
  page: (page, { locale, agencyName }) => ({
    name: page.title,
    description: page.summary ?? undefined,
    url: entryUrl('page', locale, page.slug),
    publisher: agency(agencyName),
  }),
};

/** An entry page's structured data: the registry's schema.org type, in the entry's language. */
export function entryJsonLd<Name extends EntryPageType>(type: Name, entry: EntryOf<Name>, context: JsonLdContext): JsonLd {
  const build = BUILDERS[type] as (entry: EntryOf<Name>, context: JsonLdContext) => JsonLd;
  return {
    '@context': 'https://schema.org',
    '@type': contentType(type).schemaOrgType,
    inLanguage: entry.locale,
    dateModified: entry.updatedAt,
    ...build(entry, context),
  };
}

/** Serialised for a <script> element: `<` escaped so content can never close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
