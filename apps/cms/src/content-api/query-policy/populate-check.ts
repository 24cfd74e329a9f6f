import { CONTENT_TYPE_REGISTRY, type ContentType, type PopulateShape, type QueryValue } from '@welfare/types';
import { LOCALIZATION_FIELDS, QUERY_LIMITS } from './limits';
import { asList, isApiContentType, isPlainObject, LOCALIZATIONS, QueryRefusal, type Schema, type Schemas } from './schema';

/**
 * Which relations, components and media one query may populate, for one content type:
 *
 * - one level: every relation to our own types, every component and media of the type;
 * - below a component: its own attributes, the same way;
 * - below a related type: its components and media, but no further relation, unless the path is
 *   one of the registry's populate shapes (card or detail: what the portal shows, e.g. a service's
 *   mediators with their languages), which may go one relation further;
 * - `localizations`: its locale, slug and update time only, never anything below it (the i18n
 *   relation joins every row of a document);
 * - never deeper than QUERY_LIMITS.populateDepth; never admin users (`createdBy`, `updatedBy`).
 *
 * So an answer's size is bounded by the content, not by the query.
 */

/** A normalized populate tree: attribute → its own options. */
export interface PopulateNode {
  fields?: string[];
  populate?: PopulateTree;
}
export type PopulateTree = Record<string, PopulateNode>;

const NODE_OPTIONS = new Set(['fields', 'populate']);

/** The dotted paths of the registry's populate shapes of a type (`mediators`, `mediators.languages`). */
export function registryPopulatePaths(type: ContentType): Set<string> {
  const paths = new Set<string>();
  const visit = (shape: PopulateShape, prefix: string) => {
    for (const [attribute, nested] of Object.entries(shape)) {
      const path = `${prefix}${attribute}`;
      paths.add(path);
      if (isPlainObject(nested) && isPlainObject(nested.populate)) visit(nested.populate as PopulateShape, `${path}.`);
    }
  };
  const { card, detail } = CONTENT_TYPE_REGISTRY[type].populate;
  visit(card, '');
  visit(detail, '');
  return paths;
}

const populatable = (schema: Schema): string[] =>
  Object.entries(schema.attributes)
    .filter(
      ([, attribute]) =>
        attribute.type === 'component' ||
        attribute.type === 'media' ||
        (attribute.type === 'relation' && isApiContentType(attribute.target)),
    )
    .map(([name]) => name);

function fieldList(value: unknown, parameter: string): string[] {
  const list = typeof value === 'string' ? value.split(',') : asList(value);
  if (
    !list ||
    list.length === 0 ||
    list.length > QUERY_LIMITS.listItems ||
    !list.every((item) => typeof item === 'string' && item.length > 0 && item.length <= QUERY_LIMITS.operandLength)
  ) {
    throw new QueryRefusal(parameter, `must be a list of at most ${QUERY_LIMITS.listItems} field names.`);
  }
  return (list as string[]).map((name) => name.trim());
}

/** One populated attribute as asked: its fields, and what to populate below it, still unread. */
interface AskedNode {
  fields?: string[];
  populate?: unknown;
}

/** Reads any of Strapi's populate notations into attribute → options, or refuses what is not one. */
export function normalizePopulate(
  value: unknown,
  schema: Schema,
  parameter: string,
  /** Which attributes `*` stands for here: those the policy allows at this place. */
  inStar: (attribute: string) => boolean = () => true,
): Record<string, AskedNode> {
  if (typeof value === 'string') {
    if (value === '*')
      return Object.fromEntries(
        populatable(schema)
          .filter(inStar)
          .map((name) => [name, {}]),
      );
    if (value === 'true' || value === 'false' || value === '') {
      throw new QueryRefusal(parameter, `name what to populate, e.g. ${parameter}[0]=<attribute>, or ${parameter}=*.`);
    }
    return normalizePopulate(fromPaths(value.split(','), parameter), schema, parameter, inStar);
  }
  const list = asList(value);
  if (list) {
    if (!list.every((item): item is string => typeof item === 'string'))
      throw new QueryRefusal(parameter, 'a list of attribute names must hold names only.');
    if (list.includes('*')) return normalizePopulate('*', schema, parameter, inStar);
    return normalizePopulate(fromPaths(list, parameter), schema, parameter, inStar);
  }
  if (!isPlainObject(value)) throw new QueryRefusal(parameter, 'must name attributes to populate.');
  const asked: Record<string, AskedNode> = {};
  for (const [attribute, options] of Object.entries(value)) {
    const here = `${parameter}[${attribute}]`;
    if (options === 'false' || options === false) continue;
    if (options === 'true' || options === true || options === '*') {
      asked[attribute] = {};
      continue;
    }
    if (!isPlainObject(options)) throw new QueryRefusal(here, 'must be true, or options such as fields and populate.');
    const unknown = Object.keys(options).filter((key) => !NODE_OPTIONS.has(key));
    if (unknown.length > 0) {
      throw new QueryRefusal(`${here}[${unknown[0]}]`, 'is not allowed here: a populated attribute takes only fields and populate.');
    }
    asked[attribute] = {
      ...(options.fields !== undefined ? { fields: fieldList(options.fields, `${here}[fields]`) } : {}),
      ...(options.populate !== undefined ? { populate: options.populate } : {}),
    };
  }
  return asked;
}

/** Dotted paths (`populate=places.openingHours`) in the object notation. */
function fromPaths(paths: string[], parameter: string): Record<string, unknown> {
  const tree: Record<string, Record<string, unknown>> = {};
  for (const raw of paths) {
    const path = raw.trim();
    if (!path || path.length > QUERY_LIMITS.operandLength) throw new QueryRefusal(parameter, 'has an empty or overlong attribute name.');
    let level = tree;
    for (const segment of path.split('.')) {
      level[segment] ??= {};
      level[segment].populate ??= {};
      level = level[segment].populate as Record<string, Record<string, unknown>>;
    }
  }
  const prune = (level: Record<string, Record<string, unknown>>) => {
    for (const node of Object.values(level)) {
      const below = node.populate as Record<string, Record<string, unknown>>;
      if (Object.keys(below).length === 0) delete node.populate;
      else prune(below);
    }
  };
  prune(tree);
  return tree;
}

interface Place {
  schema: Schema;
  /** The dotted path from the queried type, for the registry's shapes. */
  path: string;
  /** Relations to other content types crossed so far. */
  hops: number;
  depth: number;
  parameter: string;
}

/**
 * Checks a populate parameter against the rules above and returns it as a tree, with `*`
 * expanded and `localizations` reduced to its allowed fields.
 */
export function checkPopulate(value: unknown, type: ContentType, schemas: Schemas): PopulateTree {
  const uid = CONTENT_TYPE_REGISTRY[type].uid;
  const schema = schemas.contentType(uid);
  if (!schema) throw new Error(`No schema for ${uid}`);
  const shapes = registryPopulatePaths(type);
  const check = (raw: unknown, place: Place): PopulateTree => {
    const tree: PopulateTree = {};
    // `*` below the first level stands for what may be populated there, not for everything.
    const inStar = (attribute: string) => {
      const definition = place.schema.attributes[attribute];
      const crossesRelation = definition?.type === 'relation' && attribute !== LOCALIZATIONS;
      return !crossesRelation || place.hops === 0 || shapes.has(place.path ? `${place.path}.${attribute}` : attribute);
    };
    for (const [attribute, node] of Object.entries(normalizePopulate(raw, place.schema, place.parameter, inStar))) {
      const parameter = `${place.parameter}[${attribute}]`;
      const path = place.path ? `${place.path}.${attribute}` : attribute;
      const definition = Object.hasOwn(place.schema.attributes, attribute) ? place.schema.attributes[attribute] : undefined;
      const depth = place.depth + 1;
      if (depth > QUERY_LIMITS.populateDepth) {
        throw new QueryRefusal(parameter, `populate goes at most ${QUERY_LIMITS.populateDepth} levels deep.`);
      }
      if (attribute === LOCALIZATIONS && definition?.type === 'relation') {
        if (node.populate !== undefined) throw new QueryRefusal(`${parameter}[populate]`, 'nothing can be populated below localizations.');
        const fields =
          node.fields ?? LOCALIZATION_FIELDS.filter((field) => field !== 'slug' || Object.hasOwn(place.schema.attributes, field));
        const refused = fields.filter((field) => !(LOCALIZATION_FIELDS as readonly string[]).includes(field));
        if (refused.length > 0) {
          throw new QueryRefusal(
            `${parameter}[fields]`,
            `localizations give only ${LOCALIZATION_FIELDS.join(', ')}, not ${refused.join(', ')}.`,
          );
        }
        tree[attribute] = { fields };
        continue;
      }
      if (!definition || !(definition.type === 'component' || definition.type === 'media' || definition.type === 'relation')) {
        throw new QueryRefusal(parameter, `'${attribute}' is not a relation, component or media of this type.`);
      }
      if (definition.type === 'relation' && !isApiContentType(definition.target)) {
        throw new QueryRefusal(parameter, `'${attribute}' cannot be populated.`);
      }
      const hops = place.hops + (definition.type === 'relation' ? 1 : 0);
      if (hops > 1 && !shapes.has(path)) {
        throw new QueryRefusal(parameter, `populate crosses one relation, or follows the shapes the portal uses; '${path}' is neither.`);
      }
      tree[attribute] = node.fields ? { fields: node.fields } : {};
      if (node.populate === undefined) continue;
      if (definition.type === 'media') throw new QueryRefusal(`${parameter}[populate]`, 'media have nothing to populate.');
      const target =
        definition.type === 'relation'
          ? schemas.contentType(definition.target as string)
          : schemas.component(definition.component as string);
      if (!target) throw new QueryRefusal(parameter, `'${attribute}' cannot be populated.`);
      tree[attribute].populate = check(node.populate, { schema: target, path, hops, depth, parameter: `${parameter}[populate]` });
    }
    return tree;
  };
  return check(value, { schema, path: '', hops: 0, depth: 0, parameter: 'populate' });
}

/** The tree back in the value notation Strapi reads (`populate[a][fields][0]=b`). */
export function populateQueryValue(tree: PopulateTree): Record<string, QueryValue> {
  return Object.fromEntries(
    Object.entries(tree).map(([attribute, node]) => {
      if (!node.fields && !node.populate) return [attribute, true];
      return [
        attribute,
        { ...(node.fields ? { fields: node.fields } : {}), ...(node.populate ? { populate: populateQueryValue(node.populate) } : {}) },
      ];
    }),
  );
}
