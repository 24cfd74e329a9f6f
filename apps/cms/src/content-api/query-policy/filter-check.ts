import { CONTENT_TYPE_REGISTRY, type ContentType } from '@welfare/types';
import { QUERY_LIMITS } from './limits';
import { checkFieldCondition } from './operand-check';
import { asList, isApiContentType, isPlainObject, LOCALIZATIONS, QueryRefusal, scalarAttribute, type Schema, type Schemas } from './schema';

/**
 * Which fields a query may filter on, for one content type:
 *
 * - every scalar field of the type (text, numbers, dates, enumerations, booleans; `id`,
 *   `documentId`, the timestamps), and of its components;
 * - through one relation, the scalar fields of the related type, for the relations the registry
 *   lists (`relations`, e.g. a service's `mediationLanguages`, a mediator's `availability.place`):
 *   Strapi applies the publication state to those joins;
 * - never `localizations` (the i18n relation joins every row of a document, drafts included: a
 *   filter on it reads draft text), never media, rich text, admin users, or a second relation.
 *
 * `$and`/`$or` take a list of such conditions, `$not` one, nested at most QUERY_LIMITS.logicalDepth.
 */

interface Place {
  schema: Schema;
  /** The registry's relations of the queried type, by path; none once a relation is crossed. */
  relations: Readonly<Record<string, string>>;
  path: string;
  logicalDepth: number;
}

export function checkFilters(value: unknown, type: ContentType, schemas: Schemas): void {
  const facts = CONTENT_TYPE_REGISTRY[type];
  const schema = schemas.contentType(facts.uid);
  if (!schema) throw new Error(`No schema for ${facts.uid}`);
  checkConditions(value, { schema, relations: facts.relations, path: '', logicalDepth: 0 }, 'filters', schemas);
}

function checkConditions(value: unknown, place: Place, parameter: string, schemas: Schemas): void {
  if (!isPlainObject(value) || asList(value))
    throw new QueryRefusal(parameter, 'must be conditions on fields, e.g. filters[slug][$eq]=...');
  for (const [key, condition] of Object.entries(value)) {
    const here = `${parameter}[${key}]`;
    if (key === '$and' || key === '$or' || key === '$not') {
      if (place.logicalDepth >= QUERY_LIMITS.logicalDepth)
        throw new QueryRefusal(here, `$and, $or and $not nest at most ${QUERY_LIMITS.logicalDepth} deep.`);
      const deeper = { ...place, logicalDepth: place.logicalDepth + 1 };
      if (key === '$not') {
        checkConditions(condition, deeper, here, schemas);
        continue;
      }
      const list = asList(condition);
      if (!list || list.length === 0 || list.length > QUERY_LIMITS.listItems) {
        throw new QueryRefusal(here, `must be a list of 1 to ${QUERY_LIMITS.listItems} conditions, e.g. ${here}[0][slug][$eq]=a.`);
      }
      list.forEach((item, index) => checkConditions(item, deeper, `${here}[${index}]`, schemas));
      continue;
    }
    if (key === LOCALIZATIONS) {
      throw new QueryRefusal(here, 'localizations cannot be filtered on; filter on the fields of the language asked with locale.');
    }
    const scalar = scalarAttribute(place.schema, key);
    if (scalar) {
      checkFieldCondition(condition, scalar, here);
      continue;
    }
    const attribute = Object.hasOwn(place.schema.attributes, key) ? place.schema.attributes[key] : undefined;
    const path = place.path ? `${place.path}.${key}` : key;
    if (attribute?.type === 'component') {
      const component = schemas.component(attribute.component as string);
      if (!component) throw new QueryRefusal(here, `'${key}' cannot be filtered on.`);
      checkConditions(condition, { ...place, schema: component, path, logicalDepth: 0 }, here, schemas);
      continue;
    }
    if (attribute?.type === 'relation' && isApiContentType(attribute.target) && Object.hasOwn(place.relations, path)) {
      const target = schemas.contentType(attribute.target);
      if (!target) throw new QueryRefusal(here, `'${key}' cannot be filtered on.`);
      checkConditions(condition, { schema: target, relations: {}, path: '', logicalDepth: 0 }, here, schemas);
      continue;
    }
    throw new QueryRefusal(
      here,
      `'${key}' cannot be filtered on${attribute?.type === 'relation' ? ' here: filters cross at most one relation' : ''}.`,
    );
  }
}
