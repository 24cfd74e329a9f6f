import type { QueryValue } from './content-types';

/**
 * Strapi's REST parameters in its bracket notation (`populate[place][fields][0]=name`), the
 * format the `qs` library produces, written out here for the few shapes the portal sends.
 */
function pairs(prefix: string, value: QueryValue): Array<[string, string]> {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pairs(`${prefix}[${index}]`, item));
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => pairs(prefix ? `${prefix}[${key}]` : key, item));
  return [[prefix, String(value)]];
}

export function toQueryString(params: Record<string, QueryValue>): string {
  return pairs('', params)
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`)
    .join('&');
}
