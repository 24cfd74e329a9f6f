/**
 * The bounds of one content-API query, enforced by the query policy and the pagination policy and
 * stated in the partner API's OpenAPI document (one source for both, so they cannot disagree).
 */
export const QUERY_LIMITS = {
  /** Characters of the whole query string. */
  queryStringLength: 4096,
  /** Characters of one filter operand, one field name, the locale. */
  operandLength: 200,
  /** Characters of the full-text search `_q`. */
  searchLength: 100,
  /** Items of a list operand (`$in`, `$notIn`), of `fields`, of `$and`/`$or`. */
  listItems: 100,
  /** Nesting of `$and`/`$or`/`$not` inside each other. */
  logicalDepth: 3,
  /** Sort keys of one query. */
  sortKeys: 5,
  /** Levels of `populate` (`populate[a][populate][b]` is two). */
  populateDepth: 3,
  /** Pagination. */
  pageSize: 100,
  page: 10000,
  start: 1000000,
} as const;

/** The fields of `localizations` that may be populated: which languages an entry has, and where. */
export const LOCALIZATION_FIELDS = ['locale', 'slug', 'updatedAt'] as const;
