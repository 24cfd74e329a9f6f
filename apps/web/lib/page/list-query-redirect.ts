import { LIST_PAGE_TYPES, contentType, isLocaleCode, listFilters } from '@welfare/types';
import { routes } from '../routes';
import { selectionFromQuery } from './list-selection';

const LIST_PATH = /^\/([^/]+)\/([^/]+)\/?$/;

/**
 * Where a filtered list's query-string address goes (`/it/services?category=…&language=ar`, what
 * its filter form sends without JavaScript): the same selection as path segments, a page cached like
 * any other. Null for any other address.
 */
export function listQueryRedirect(url: URL): string | null {
  const [, locale, segment] = LIST_PATH.exec(url.pathname) ?? [];
  if (!locale || !isLocaleCode(locale)) return null;
  const type = LIST_PAGE_TYPES.find((candidate) => contentType(candidate).portal.segment === segment);
  if (!type || listFilters(type).length === 0) return null;
  const selection = selectionFromQuery(url.searchParams, listFilters(type));
  return selection ? routes.filteredList(type, locale, selection.filters, selection.page) : null;
}
