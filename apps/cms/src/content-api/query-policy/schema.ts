/**
 * What the query policy needs to know of Strapi's schemas: each attribute's type, and where a
 * relation or component leads. Read from `strapi.contentType(uid)` / `strapi.components` at run
 * time, from the schema.json files in unit tests.
 */
export interface SchemaAttribute {
  type: string;
  target?: string;
  component?: string;
  enum?: readonly string[];
}

export interface Schema {
  attributes: Record<string, SchemaAttribute>;
}

export interface Schemas {
  contentType(uid: string): Schema | undefined;
  component(uid: string): Schema | undefined;
}

/** A client's mistake in one query parameter: answered 400, naming the parameter. */
export class QueryRefusal extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
    this.name = 'QueryRefusal';
  }
}

/** Attribute types whose values are one scalar in the database: filterable, sortable, selectable. */
export const SCALAR_TYPES = new Set([
  'string',
  'text',
  'uid',
  'email',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'time',
  'timestamp',
]);

/** Columns every document has that are not listed among the schema's attributes. */
export const IMPLICIT_SCALARS: Record<string, SchemaAttribute> = {
  id: { type: 'integer' },
  documentId: { type: 'string' },
};

/** The i18n relation joining every row of a document, drafts included. */
export const LOCALIZATIONS = 'localizations';

/** Admin users (`createdBy`, `updatedBy`) and anything else outside our API never go out. */
export const isApiContentType = (uid: string | undefined): uid is string => typeof uid === 'string' && uid.startsWith('api::');

export function scalarAttribute(schema: Schema, name: string): SchemaAttribute | undefined {
  const attribute = Object.hasOwn(IMPLICIT_SCALARS, name)
    ? IMPLICIT_SCALARS[name]
    : Object.hasOwn(schema.attributes, name)
      ? schema.attributes[name]
      : undefined;
  return attribute && SCALAR_TYPES.has(attribute.type) ? attribute : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A list as qs parses it: an array, or, past its array limit or with gaps, an object whose keys
 * are all indexes. Anything else is not a list.
 */
export function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
      return keys.sort((a, b) => Number(a) - Number(b)).map((key) => value[key]);
    }
  }
  return undefined;
}
