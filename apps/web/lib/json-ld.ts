import type { Event, LocaleCode, Place, PlaceRef, Service } from '@welfare/types';
import { absoluteUrl, routes } from './routes';
import { isFreeAdmission } from './event-cost';

/** schema.org structured data for search engines: GovernmentService, Event, Place. */
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

export function serviceJsonLd(service: Service, locale: LocaleCode, agencyName: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.title,
    description: service.summary,
    url: absoluteUrl(routes.service(locale, service.slug)),
    inLanguage: service.locale,
    serviceType: service.category?.name,
    provider: { '@type': 'GovernmentOrganization', name: agencyName },
    areaServed: { '@type': 'AdministrativeArea', name: 'Valle Camonica' },
    availableLanguage: service.mediationLanguages?.map((language) => ({ '@type': 'Language', name: language.name, alternateName: language.isoCode })),
    availableChannel: service.places?.map((place) => ({ '@type': 'ServiceChannel', serviceLocation: placeJsonLd(place) })),
  };
}

export function eventJsonLd(event: Event, locale: LocaleCode, agencyName: string, imageUrl?: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: absoluteUrl(routes.event(locale, event.slug)),
    inLanguage: event.locale,
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: event.place ? placeJsonLd(event.place) : undefined,
    image: imageUrl,
    organizer: { '@type': 'GovernmentOrganization', name: event.organizer ?? agencyName },
    // Only what the cost says; left out (undefined) when it is not clear.
    isAccessibleForFree: isFreeAdmission(event.cost),
  };
}

/** Serialised for a <script> element: `<` escaped so content can never close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
