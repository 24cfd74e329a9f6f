import { LIST_FILTER_NAMES, type ListFilterName } from '@welfare/types';
import { parsePageNumber } from './page-number';

/**
 * What a filtered list shows, read from its address. Filters are path segments in a fixed order,
 * then the page: `/it/services/category/<documentId>/language/ar/page/2`. One address per
 * selection, so each is one cached page; the query-string form (`?category=…&language=…&page=…`,
 * what the filter form sends without JavaScript) is redirected to it (list-query-redirect.ts).
 */
export type ListFilters = Partial<Record<ListFilterName, string>>;

export interface ListSelection {
  filters: ListFilters;
  page: number;
}

/** A filter value: a documentId or an ISO code. Anything else never reaches the CMS. */
const FILTER_VALUE = /^[A-Za-z0-9-]{1,64}$/;
export const isFilterValue = (value: string): boolean => FILTER_VALUE.test(value);

/** `/category/<id>/language/<iso>` for the filters set, in their fixed order; empty without any. */
export function filterSegments(filters: ListFilters): string {
  return LIST_FILTER_NAMES.flatMap((name) => (filters[name] ? [`/${name}/${encodeURIComponent(filters[name])}`] : [])).join('');
}

/**
 * The selection of a list's address segments after the list's own (`['language', 'ar', 'page', '2']`),
 * or null when they are not one of the list's addresses (an unknown or repeated filter, filters out
 * of order, a value or page number of the wrong shape): the page then answers 404 without asking the CMS.
 */
export function parseListSegments(segments: readonly string[], allowed: readonly ListFilterName[]): ListSelection | null {
  const filters: ListFilters = {};
  let next = 0;
  let index = 0;
  for (; index + 1 < segments.length; index += 2) {
    const name = segments[index];
    const value = segments[index + 1];
    if (name === 'page') break;
    const position = LIST_FILTER_NAMES.indexOf(name as ListFilterName);
    if (position < next || !allowed.includes(name as ListFilterName) || !isFilterValue(value)) return null;
    filters[name as ListFilterName] = value;
    next = position + 1;
  }
  const rest = segments.slice(index);
  if (rest.length === 0) return { filters, page: 1 };
  if (rest.length !== 2 || rest[0] !== 'page') return null;
  const page = parsePageNumber(rest[1]);
  return page === null ? null : { filters, page };
}

/**
 * The address a list's query string stands for (what the filter form sends without JavaScript, or
 * an old link): the allowed filters that have a value of the right shape, and a valid page past
 * the first. Null when the query holds none of the list's parameters (nothing to redirect).
 */
export function selectionFromQuery(query: URLSearchParams, allowed: readonly ListFilterName[]): ListSelection | null {
  if (![...allowed, 'page'].some((name) => query.has(name))) return null;
  const filters: ListFilters = {};
  for (const name of allowed) {
    const value = query.get(name)?.trim() ?? '';
    if (isFilterValue(value)) filters[name] = value;
  }
  const page = parsePageNumber(query.get('page') ?? undefined) ?? 1;
  return { filters, page };
}
