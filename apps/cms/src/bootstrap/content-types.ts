import type { Core, UID } from '@strapi/strapi';

/**
 * Types of our own API that are not published content: citizens' page ratings are written by the
 * portal's server only and read by staff in the admin, never by the public, partners or translators;
 * publication schedules and Italian-text changes are the CMS's own records (no routes, hidden from
 * the content manager and the content-type builder); so are machine translation's records and usage;
 * its glossary is staff's.
 */
export const INTERNAL_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'api::page-rating.page-rating',
  'api::publication-schedule.publication-schedule',
  'api::italian-text-change.italian-text-change',
  'api::machine-translation.machine-translation',
  'api::translation-usage.translation-usage',
  'api::glossary-term.glossary-term',
]);

/** Every published content type of our own API (`api::…`): all of them are public, read-only, localized. */
export function apiContentTypes(strapi: Core.Strapi): UID.ContentType[] {
  return (Object.keys(strapi.contentTypes) as UID.ContentType[]).filter(
    (uid) => uid.startsWith('api::') && !INTERNAL_CONTENT_TYPES.has(uid),
  );
}
