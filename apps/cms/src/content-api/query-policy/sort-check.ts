import { CONTENT_TYPE_REGISTRY, type ContentType } from '@welfare/types';
import { QUERY_LIMITS } from './limits';
import { asList, isPlainObject, LOCALIZATIONS, QueryRefusal, scalarAttribute, type Schemas } from './schema';

/**
 * A query sorts on the type's own scalar fields only (`sort=title:asc`, `sort[0]=startsAt:desc`,
 * `sort[title]=asc`), at most QUERY_LIMITS.sortKeys of them: never on `localizations` or another
 * relation, whose joins would order published entries by another row's (draft) text.
 */
export function checkSort(value: unknown, type: ContentType, schemas: Schemas): void {
  const uid = CONTENT_TYPE_REGISTRY[type].uid;
  const schema = schemas.contentType(uid);
  if (!schema) throw new Error(`No schema for ${uid}`);
  const keys: Array<[string, string, string]> = [];
  const read = (item: unknown, parameter: string) => {
    if (typeof item === 'string') {
      for (const part of item.split(',')) {
        const [field, direction = 'asc', ...rest] = part.trim().split(':');
        if (rest.length > 0) throw new QueryRefusal(parameter, `'${part}' is not field or field:asc or field:desc.`);
        keys.push([field, direction, parameter]);
      }
      return;
    }
    if (isPlainObject(item) && !asList(item)) {
      for (const [field, direction] of Object.entries(item)) {
        if (typeof direction !== 'string') {
          throw new QueryRefusal(
            `${parameter}[${field}]`,
            field === LOCALIZATIONS ? 'localizations cannot be sorted on.' : 'sorts on the type’s own fields only: asc or desc.',
          );
        }
        keys.push([field, direction, `${parameter}[${field}]`]);
      }
      return;
    }
    throw new QueryRefusal(parameter, 'must be field:asc or field:desc, or a list of them.');
  };
  const list = asList(value);
  if (list) list.forEach((item, index) => read(item, `sort[${index}]`));
  else read(value, 'sort');

  if (keys.length > QUERY_LIMITS.sortKeys) throw new QueryRefusal('sort', `sorts on at most ${QUERY_LIMITS.sortKeys} fields.`);
  for (const [field, direction, parameter] of keys) {
    if (field === LOCALIZATIONS || field.startsWith(`${LOCALIZATIONS}.`))
      throw new QueryRefusal(parameter, 'localizations cannot be sorted on.');
    if (!scalarAttribute(schema, field)) throw new QueryRefusal(parameter, `'${field}' is not a field of this type that can be sorted on.`);
    if (!/^(asc|desc)$/i.test(direction)) throw new QueryRefusal(parameter, `the direction of '${field}' must be asc or desc.`);
  }
}
