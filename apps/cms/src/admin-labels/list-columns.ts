import type { ContentType } from '@welfare/types';

/**
 * The columns of each type's list view between its title (from the registry) and the date of the
 * last update. The content manager adds the languages present ("Disponibile in") and the status
 * by itself for localized, draft-and-publish types.
 */
export const LIST_COLUMNS: Record<ContentType, readonly string[]> = {
  service: ['category', 'serviceStatus'],
  mediator: ['languages'],
  'school-workshop': ['schoolYear'],
  event: ['startsAt', 'place'],
  page: [],
  category: [],
  place: ['municipality'],
  language: ['isoCode'],
  notice: ['severity', 'startsAt', 'endsAt'],
  global: [],
};
