import type { ContentType } from '@welfare/types';
import { checkFilters } from './filter-check';
import { QUERY_LIMITS } from './limits';
import { checkPopulate, populateQueryValue, type PopulateTree } from './populate-check';
import { asList, QueryRefusal, type Schemas } from './schema';
import { checkSort } from './sort-check';

export { QUERY_LIMITS, LOCALIZATION_FIELDS } from './limits';
export { QueryRefusal, type Schemas, type Schema, type SchemaAttribute } from './schema';
export { registryPopulatePaths } from './populate-check';

/**
 * The query policy of one content type, for one content-API read: what the query may populate,
 * filter and sort on, and how long its values may be (see each check for its rules). It throws a
 * QueryRefusal naming the parameter, or returns the query Strapi should run: the same, with the
 * populate parameter in its checked form when that differs (`*` expanded, `localizations`
 * reduced to locale, slug and update time).
 */
export function checkQuery(query: Record<string, unknown>, type: ContentType, schemas: Schemas, querystring = ''): Record<string, unknown> {
  if (querystring.length > QUERY_LIMITS.queryStringLength) {
    throw new QueryRefusal('query string', `must be at most ${QUERY_LIMITS.queryStringLength} characters.`);
  }
  if (query.filters !== undefined) checkFilters(query.filters, type, schemas);
  if (query.sort !== undefined) checkSort(query.sort, type, schemas);
  checkText(query._q, '_q', QUERY_LIMITS.searchLength);
  checkText(query.locale, 'locale', QUERY_LIMITS.operandLength);
  if (query.fields !== undefined) {
    const fields = typeof query.fields === 'string' ? query.fields.split(',') : asList(query.fields);
    if (
      !fields ||
      fields.length > QUERY_LIMITS.listItems ||
      !fields.every((field) => typeof field === 'string' && field.length <= QUERY_LIMITS.operandLength)
    ) {
      throw new QueryRefusal('fields', `must be a list of at most ${QUERY_LIMITS.listItems} field names.`);
    }
  }
  if (query.populate === undefined) return query;
  const populate: PopulateTree = checkPopulate(query.populate, type, schemas);
  return { ...query, populate: populateQueryValue(populate) };
}

function checkText(value: unknown, parameter: string, maxLength: number): void {
  if (value === undefined) return;
  if (typeof value !== 'string') throw new QueryRefusal(parameter, 'must be one value.');
  if (value.length > maxLength) throw new QueryRefusal(parameter, `must be at most ${maxLength} characters.`);
}
