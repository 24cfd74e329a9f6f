import type { EntryPageType, LocaleCode } from '@welfare/types';

/** The portal's URL structure, in one place: links, the language menu, hreflang and the sitemap use it. */
export const routes = {
  home: (locale: LocaleCode) => `/${locale}`,
  services: (locale: LocaleCode) => `/${locale}/services`,
  service: (locale: LocaleCode, slug: string) => `/${locale}/services/${slug}`,
  mediators: (locale: LocaleCode) => `/${locale}/mediators`,
  workshops: (locale: LocaleCode) => `/${locale}/school-workshops`,
  workshop: (locale: LocaleCode, slug: string) => `/${locale}/school-workshops/${slug}`,
  events: (locale: LocaleCode) => `/${locale}/events`,
  event: (locale: LocaleCode, slug: string) => `/${locale}/events/${slug}`,
  eventCalendarFile: (locale: LocaleCode, slug: string) => `/${locale}/events/${slug}/event.ics`,
  calendarFeed: (locale: LocaleCode) => `/${locale}/events/calendar.ics`,
  page: (locale: LocaleCode, slug: string) => `/${locale}/pages/${slug}`,
  search: (locale: LocaleCode) => `/${locale}/search`,
};

/** The content types with a page per entry, and the path of that page. */
export const entryPages = {
  service: routes.service,
  'school-workshop': routes.workshop,
  event: routes.event,
  page: routes.page,
} satisfies Record<EntryPageType, (locale: LocaleCode, slug: string) => string>;
