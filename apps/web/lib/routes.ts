import { contentType, listViews, type EntryPageType, type ListPageType, type ListViewName, type LocaleCode } from '@welfare/types';
import { filterSegments, type ListFilters } from './page/list-selection';

/**
 * The portal's URL structure, in one place: links, the language menu, hreflang and the sitemap
 * use it. Each type's path segment comes from the content-type registry.
 */
const segment = (type: ListPageType | EntryPageType) => contentType(type).portal.segment;

const paged = (path: string, page: number) => (page > 1 ? `${path}/page/${page}` : path);

export const routes = {
  home: (locale: LocaleCode) => `/${locale}`,
  /** A type's list page, e.g. `/ar/services`. */
  list: (type: ListPageType, locale: LocaleCode) => `/${locale}/${segment(type)}`,
  /** Page `n` of a list (the first page is the list's own address), e.g. `/ar/school-workshops/page/2`. */
  listPage: (type: ListPageType, locale: LocaleCode, page: number) => paged(routes.list(type, locale), page),
  /** Page `n` of a list narrowed by filters, e.g. `/ar/services/category/<documentId>/language/ur/page/2`. */
  filteredList: (type: ListPageType, locale: LocaleCode, filters: ListFilters, page = 1) =>
    paged(`${routes.list(type, locale)}${filterSegments(filters)}`, page),
  /** Page `n` of one view of a list (its path from the registry), narrowed by filters, e.g. `/ar/events/archive/page/2`. */
  listView: <Name extends ListPageType>(type: Name, view: ListViewName<Name>, locale: LocaleCode, filters: ListFilters = {}, page = 1) => {
    const path = listViews(type)[view].path;
    return paged(`${routes.list(type, locale)}${path ? `/${path}` : ''}${filterSegments(filters)}`, page);
  },
  /** An entry's own page, e.g. `/ar/services/<slug>`. */
  entry: (type: EntryPageType, locale: LocaleCode, slug: string) => `/${locale}/${segment(type)}/${slug}`,
  eventCalendarFile: (locale: LocaleCode, slug: string) => `${routes.entry('event', locale, slug)}/event.ics`,
  calendarFeed: (locale: LocaleCode) => `${routes.list('event', locale)}/calendar.ics`,
  search: (locale: LocaleCode) => `/${locale}/search`,
};

/** The path builder of one type's entry pages, for helpers that take `(locale, slug) => path`. */
export const entryRoute =
  (type: EntryPageType) =>
  (locale: LocaleCode, slug: string): string =>
    routes.entry(type, locale, slug);
