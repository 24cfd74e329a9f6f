/**
 * The limits the partner API's OpenAPI document states, as the CMS enforces them, added to the
 * document Strapi's generator makes (which states none): every string has a maximum length, every
 * array a maximum count, every integer a format and bounds.
 *
 * - Query parameters: the query policy's and the pagination policy's bounds (QUERY_LIMITS), which
 *   refuse anything longer or larger with a 400.
 * - Response fields: each attribute's own maxLength/min/max from the Strapi schema (the admin
 *   refuses longer values), the database column of Strapi's `string` type (255), the page size cap
 *   for lists, the number of locales for `localizations`.
 * - What staff content alone bounds (related entries, rich-text blocks, repeatable components, the
 *   media library's text fields) gets RESPONSE_LIMITS, the bounds the content is kept within.
 */
import { LOCALE_CODES } from '@welfare/types';
import { QUERY_LIMITS } from '../content-api/query-policy/limits';
import type { ContentModel } from './content-model';
import type { JsonSchema, OpenApiDocument, Parameter } from './partner-openapi';

export const RESPONSE_LIMITS = {
  /** Entries in one relation, entries of a repeatable component, blocks of a rich-text field. */
  items: 1000,
  /** Characters of a text (not string) field without a maxLength of its own, e.g. a media caption. */
  text: 5000,
  /** Characters of a `string` attribute without a maxLength of its own: its database column. */
  string: 255,
} as const;

const INT32_MAX = 2147483647;

const FORMAT_LENGTH: Record<string, number> = { 'date-time': 32, date: 10, time: 18, uri: 2048, email: 255 };
const DESCRIPTION_FORMAT: Array<[RegExp, string]> = [
  [/^A datetime field/, 'date-time'],
  [/^A date field/, 'date'],
  [/^A time field/, 'time'],
];

const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);

interface Context {
  /** Default maximum length of a string here. */
  stringLength: number;
  /** Default maximum count of an array here. */
  arrayItems: number;
  /** Bounds of an integer here. */
  integer: { minimum: number; maximum: number };
}

/** Adds the missing limits to a schema and everything below it. */
function limitSchema(schema: unknown, context: Context): void {
  if (Array.isArray(schema)) {
    for (const item of schema) limitSchema(item, context);
    return;
  }
  if (!schema || typeof schema !== 'object') return;
  const node = schema as JsonSchema;
  const types = typesOf(node);
  if (types.includes('string') && node.maxLength === undefined && node.enum === undefined && node.const === undefined) {
    const description = typeof node.description === 'string' ? node.description : '';
    const format = (node.format as string | undefined) ?? DESCRIPTION_FORMAT.find(([pattern]) => pattern.test(description))?.[1];
    node.maxLength =
      format && FORMAT_LENGTH[format]
        ? FORMAT_LENGTH[format]
        : /^A string field/.test(description)
          ? RESPONSE_LIMITS.string
          : context.stringLength;
  }
  if (types.includes('array') && node.maxItems === undefined) node.maxItems = context.arrayItems;
  if (types.includes('integer')) {
    const fits = (value: unknown, fallback: number) => (typeof value === 'number' && Math.abs(value) <= INT32_MAX ? value : fallback);
    if (node.exclusiveMinimum === undefined) node.minimum = fits(node.minimum, context.integer.minimum);
    else node.exclusiveMinimum = fits(node.exclusiveMinimum, context.integer.minimum);
    node.maximum = fits(node.maximum, context.integer.maximum);
    node.format ??= 'int32';
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' || key === 'examples' || key === 'example' || key === 'default') continue;
    limitSchema(value, context);
  }
}

const RESPONSE_CONTEXT: Context = {
  stringLength: RESPONSE_LIMITS.text,
  arrayItems: RESPONSE_LIMITS.items,
  integer: { minimum: 0, maximum: INT32_MAX },
};
const PARAMETER_CONTEXT: Context = {
  stringLength: QUERY_LIMITS.operandLength,
  arrayItems: QUERY_LIMITS.listItems,
  integer: { minimum: 0, maximum: INT32_MAX },
};

const PARAMETER_LIMITS: Record<string, JsonSchema> = {
  'pagination[page]': { minimum: 1, maximum: QUERY_LIMITS.page },
  'pagination[pageSize]': { minimum: 1, maximum: QUERY_LIMITS.pageSize },
  'pagination[start]': { minimum: 0, maximum: QUERY_LIMITS.start },
  'pagination[limit]': { minimum: 1, maximum: QUERY_LIMITS.pageSize },
  _q: { maxLength: QUERY_LIMITS.searchLength },
  documentId: { maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
};

function limitParameter(parameter: Parameter): Parameter {
  const schema = { ...(parameter.schema ?? {}) };
  const stated = PARAMETER_LIMITS[parameter.name];
  if (stated) {
    if (stated.minimum !== undefined) delete schema.exclusiveMinimum;
    Object.assign(schema, stated);
  }
  if (parameter.name === 'sort') limitSchema(schema, { ...PARAMETER_CONTEXT, arrayItems: QUERY_LIMITS.sortKeys });
  else limitSchema(schema, PARAMETER_CONTEXT);
  return { ...parameter, schema };
}

/** Attribute limits of the content model on the entity schemas (maxLength, min, max). */
function limitEntities(schemas: Record<string, JsonSchema>, model: ContentModel): void {
  for (const [name, schema] of Object.entries(schemas)) {
    const attributes = model.attributes[name] ?? {};
    for (const [property, definition] of Object.entries(schema.properties ?? {})) {
      const attribute = attributes[property];
      const variants = definition.anyOf ?? [definition];
      for (const variant of variants) {
        if (attribute?.maxLength !== undefined && typesOf(variant).includes('string')) variant.maxLength = attribute.maxLength;
        if (typesOf(variant).includes('integer')) {
          if (attribute?.min !== undefined) variant.minimum = attribute.min;
          if (attribute?.max !== undefined) variant.maximum = attribute.max;
        }
        if (property === 'localizations' && typesOf(variant).includes('array')) variant.maxItems = LOCALE_CODES.length - 1;
      }
    }
  }
}

export function withStatedLimits(document: OpenApiDocument, model: ContentModel): OpenApiDocument {
  const limited = JSON.parse(JSON.stringify(document)) as OpenApiDocument;
  const schemas = limited.components?.schemas ?? {};
  limitEntities(schemas, model);
  for (const item of Object.values(limited.paths)) {
    for (const operation of Object.values(item)) {
      operation.parameters = (operation.parameters ?? []).map(limitParameter);
      for (const response of Object.values(operation.responses)) limitResponse(response);
    }
  }
  limitSchema(schemas, RESPONSE_CONTEXT);
  limitSchema(limited.components?.headers, { ...RESPONSE_CONTEXT, integer: { minimum: 0, maximum: 1000000 } });
  for (const response of Object.values((limited.components?.responses ?? {}) as Record<string, unknown>)) limitResponse(response);
  return limited;
}

function limitResponse(response: unknown): void {
  const content = (response as { content?: Record<string, { schema?: JsonSchema }> }).content ?? {};
  for (const media of Object.values(content)) {
    const data = media.schema?.properties?.data;
    // A list answers one page: at most the page size cap.
    if (data && typesOf(data).includes('array')) data.maxItems = QUERY_LIMITS.pageSize;
    limitSchema(media.schema, RESPONSE_CONTEXT);
  }
}
