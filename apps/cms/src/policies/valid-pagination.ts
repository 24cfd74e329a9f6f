import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { QUERY_LIMITS } from '../content-api/query-policy/limits';

/** Smallest value of each pagination parameter; Strapi itself ignores garbage such as `pageSize=abc`. */
const MINIMUM = { page: 1, pageSize: 1, start: 0, limit: 1 } as const;
/** Largest, as the OpenAPI document states them: a page size above 100 is refused, not silently cut. */
export const MAXIMUM = {
  page: QUERY_LIMITS.page,
  pageSize: QUERY_LIMITS.pageSize,
  start: QUERY_LIMITS.start,
  limit: QUERY_LIMITS.pageSize,
} as const;
type PaginationKey = keyof typeof MINIMUM;

function invalidPagination(query: Record<string, unknown>): string | undefined {
  const nested = query.pagination;
  if (nested !== undefined && (typeof nested !== 'object' || nested === null || Array.isArray(nested))) {
    return `'pagination' must be an object such as pagination[page]=1&pagination[pageSize]=25.`;
  }
  const sources: Array<[string, Record<string, unknown>]> = [
    ['', query],
    ['pagination.', (nested ?? {}) as Record<string, unknown>],
  ];
  for (const [prefix, source] of sources) {
    for (const key of Object.keys(MINIMUM) as PaginationKey[]) {
      const value = source[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value) || Number(value) < MINIMUM[key] || Number(value) > MAXIMUM[key]) {
        return `'${prefix}${key}' must be a whole number from ${MINIMUM[key]} to ${MAXIMUM[key]}.`;
      }
    }
  }
  if (nested && typeof nested === 'object') {
    const keys = Object.keys(nested);
    const unknown = keys.filter((key) => !(key in MINIMUM) && key !== 'withCount');
    if (unknown.length > 0) return `Unknown pagination parameter '${unknown[0]}'.`;
    if (keys.some((key) => key === 'page' || key === 'pageSize') && keys.some((key) => key === 'start' || key === 'limit')) {
      return 'Use either page and pageSize, or start and limit, not both.';
    }
  }
  return undefined;
}

/** A bad page number or size gets a 400 that says what is wrong, instead of being silently ignored. */
const validPagination: Core.PolicyHandler = (context) => {
  const message = invalidPagination((context.request.query ?? {}) as Record<string, unknown>);
  if (message) throw new errors.ValidationError(message);
  return true;
};

export default validPagination;
