import type { Core, UID } from '@strapi/strapi';

/** Every content type of our own API (`api::…`): all of them are public, read-only, localized. */
export function apiContentTypes(strapi: Core.Strapi): UID.ContentType[] {
  return (Object.keys(strapi.contentTypes) as UID.ContentType[]).filter((uid) => uid.startsWith('api::'));
}
