import type { ContentType } from '@welfare/types';
import type { QueryValue } from './query-string';

/**
 * What each page asks the CMS for: the one place that defines the populate shape of each type
 * and view. Explicit shapes, never `populate=*`: it halves the CMS's throughput.
 */
const localizations = { fields: ['slug', 'locale'] };
const name = { fields: ['name', 'slug'] };
const language = { fields: ['name', 'isoCode', 'nativeName'] };
const placeWithHours = { populate: { openingHours: true, contacts: true } };

export const POPULATE = {
  serviceCard: { category: name, mediationLanguages: language },
  serviceDetail: {
    category: name,
    topics: name,
    places: placeWithHours,
    mediationLanguages: language,
    contacts: true,
    mediators: { fields: ['displayName', 'slug'], populate: { languages: language } },
    localizations,
  },
  mediator: {
    languages: language,
    services: { fields: ['title', 'slug', 'summary', 'serviceStatus', 'serviceStatusReason', 'contactOffice'], populate: { contacts: true } },
    availability: { populate: { place: { fields: ['name', 'slug', 'address', 'municipality'] } } },
  },
  workshopCard: {},
  workshopDetail: { contacts: true, localizations },
  eventCard: { place: { fields: ['name', 'municipality'] } },
  eventDetail: { place: placeWithHours, poster: true, contacts: true, localizations },
  page: { contacts: true, localizations },
  global: { contacts: true, footerPages: { fields: ['title', 'slug'] } },
} satisfies Record<string, Record<string, QueryValue>>;

/**
 * The related types that the list views above show (the cards, the mediators page, the global
 * settings' footer): a change to a related entry refreshes those lists too. Entry pages show
 * everything they populate, so any related entry refreshes them.
 */
export const LIST_EMBEDS: Partial<Record<ContentType, ContentType[]>> = {
  service: ['category', 'language'], // serviceCard
  event: ['place'], // eventCard
  mediator: ['language', 'service', 'place'], // mediator
  global: ['page'], // global (footerPages)
};
