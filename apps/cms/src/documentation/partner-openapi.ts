/**
 * Turns the OpenAPI document Strapi generates from our content types (`@strapi/openapi`, every
 * content-API route) into the partner API's document: only the public reads, the parameters and
 * errors the API really has, and response schemas that match what it really sends.
 * Pure and deterministic: the same CMS gives the same bytes (see scripts/openapi.js).
 */
import { LOCALIZATION_FIELDS, QUERY_LIMITS } from '../content-api/query-policy/limits';
import type { AttributeModel, ContentModel, PublicTypeModel } from './content-model';
import { withStatedLimits } from './stated-limits';

export interface JsonSchema {
  [keyword: string]: unknown;
  type?: string | string[];
  $ref?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  propertyNames?: JsonSchema;
  description?: string;
}

export interface Parameter {
  [keyword: string]: unknown;
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface Operation {
  [keyword: string]: unknown;
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  [keyword: string]: unknown;
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { [section: string]: unknown; schemas?: Record<string, JsonSchema> };
}

const REF = (section: string, name: string) => ({ $ref: `#/components/${section}/${name}` });
const SCHEMA_REF = (name: string) => REF('schemas', name);

// ------------------------------------------------------------------------------------------ paths

/** The locales list of the i18n plugin, public like our types. */
const LOCALES_PATH = '/i18n/locales';

function generatedRead(generated: OpenApiDocument, path: string): Operation {
  const operation = generated.paths[path]?.get;
  if (!operation) throw new Error(`Strapi's generated document has no GET ${path}: has its OpenAPI generation changed?`);
  return operation;
}

function publicPaths(generated: OpenApiDocument, model: ContentModel): OpenApiDocument['paths'] {
  const paths: OpenApiDocument['paths'] = {};
  for (const type of model.types) {
    if (type.kind === 'collectionType') {
      paths[`/${type.pluralName}`] = { get: contentOperation(generatedRead(generated, `/${type.pluralName}`), type, 'list', model) };
      paths[`/${type.pluralName}/{documentId}`] = {
        get: contentOperation(generatedRead(generated, `/${type.pluralName}/{id}`), type, 'one', model),
      };
    } else {
      paths[`/${type.singularName}`] = { get: contentOperation(generatedRead(generated, `/${type.singularName}`), type, 'single', model) };
    }
  }
  paths[LOCALES_PATH] = { get: localesOperation(generatedRead(generated, LOCALES_PATH)) };
  return paths;
}

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());

type Shape = 'list' | 'one' | 'single';

function contentOperation(generated: Operation, type: PublicTypeModel, shape: Shape, model: ContentModel): Operation {
  const name = type.displayName.toLowerCase();
  const summary = { list: `List ${type.pluralName.replace(/-/g, ' ')}`, one: `One ${name} by documentId`, single: type.displayName }[shape];
  const data = shape === 'list' ? { type: 'array', items: SCHEMA_REF(type.schemaName) } : SCHEMA_REF(type.schemaName);
  return {
    operationId: `${shape === 'list' ? 'list' : 'get'}${pascal(shape === 'list' ? type.pluralName : type.singularName)}`,
    summary,
    description: type.description,
    tags: [type.singularName],
    parameters: (generated.parameters ?? [])
      .filter((parameter) => !DRAFT_ONLY_PARAMETERS.has(parameter.name))
      .map((parameter) => describeParameter(parameter, type, model)),
    responses: {
      '200': {
        description: 'Published content in the requested locale.',
        headers: RESPONSE_HEADERS,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { data, meta: shape === 'list' ? SCHEMA_REF('ListMeta') : { type: 'object' } },
              required: ['data', 'meta'],
            },
          },
        },
      },
      '400': REF('responses', 'BadRequest'),
      '401': REF('responses', 'Unauthorized'),
      '403': REF('responses', 'Forbidden'),
      ...(shape === 'list' ? {} : { '404': REF('responses', 'NotFound') }),
      '429': REF('responses', 'TooManyRequests'),
    },
  };
}

function localesOperation(generated: Operation): Operation {
  return {
    operationId: 'listLocales',
    summary: 'The locales content is written in',
    description: 'Every locale of the portal, the default one (Italian) marked `isDefault`. Not rate limited.',
    tags: ['i18n'],
    parameters: [],
    responses: {
      '200': { ...(generated.responses['200'] as object), headers: RESPONSE_HEADERS },
      '401': REF('responses', 'Unauthorized'),
    },
  };
}

// ------------------------------------------------------------------------------------- parameters

/**
 * Only the portal's preview may use these (src/policies/published-only.ts): partners get a 403, so
 * they are left out. `status` stays, documented with its one value partners may send.
 */
const DRAFT_ONLY_PARAMETERS = new Set(['publicationFilter', 'hasPublishedVersion']);

const isToMany = (attribute: AttributeModel) =>
  (attribute.type === 'relation' && /ToMany$/.test(attribute.relation ?? '')) ||
  (attribute.type === 'component' && attribute.repeatable === true) ||
  (attribute.type === 'media' && attribute.multiple === true) ||
  attribute.type === 'dynamiczone';

const isPopulatable = (attribute: AttributeModel) => ['relation', 'component', 'media', 'dynamiczone'].includes(attribute.type);

function describeParameter(parameter: Parameter, type: PublicTypeModel, model: ContentModel): Parameter {
  const { pagination, locales } = model;
  switch (parameter.name) {
    case 'id':
      return {
        name: 'documentId',
        in: 'path',
        required: true,
        description: 'The entry’s documentId: the same in every locale (see `localizations`).',
        schema: { type: 'string', examples: ['f0cjd6bsbsn95gncrno7oa57'] },
      };
    case 'locale':
      return {
        ...parameter,
        description:
          `The locale to read, \`${locales.defaultLocale}\` when left out; \`*\` for every locale at once. ` +
          'An entry not translated into a locale is not in its lists and answers 404 there: ask for it again in Italian.',
        schema: { type: 'string', enum: [...locales.codes, '*'], default: locales.defaultLocale },
      };
    case 'status':
      return {
        ...parameter,
        description: 'Only `published`, the default, is accepted: drafts never leave the CMS, and asking for them is refused with 403.',
        schema: { type: 'string', enum: ['published'], default: 'published' },
      };
    case 'filters':
      return {
        ...parameter,
        description:
          'Strapi filters, as nested query parameters: `filters[slug][$eq]=…`, `filters[startsAt][$gte]=2026-01-01`, ' +
          '`filters[category][slug][$eq]=…` (through a relation), `filters[$or][0][title][$containsi]=…`. ' +
          'Operators: $eq, $eqi, $ne, $nei, $lt, $lte, $gt, $gte, $in, $notIn, $contains, $notContains, $containsi, ' +
          '$notContainsi, $null, $notNull, $between, $startsWith, $startsWithi, $endsWith, $endsWithi, $or, $and, $not. ' +
          `Each operand is one value of the field's type (a date, a whole number, one of an enumeration's values, text of at most ${QUERY_LIMITS.operandLength} characters), ` +
          `or a list of 1 to ${QUERY_LIMITS.listItems} such values for $in, $notIn (two for $between); $and/$or/$not nest at most ${QUERY_LIMITS.logicalDepth} deep. ` +
          'Filters cross at most one relation; `localizations`, rich text and media cannot be filtered on. ' +
          'Anything else is a 400 naming the parameter.',
        schema: { ...parameter.schema, propertyNames: filterableNames(parameter.schema, type, model) },
      };
    case 'populate':
      return {
        ...parameter,
        description:
          'Relations, components and media are left out unless populated: `populate[0]=place&populate[1]=poster`, ' +
          '`populate=*` for all of them (one level), or per field with its own options: `populate[place][fields][0]=name`. ' +
          `Populate crosses one relation (the portal's own shapes, such as a service's mediators with their languages, one more), ` +
          `at most ${QUERY_LIMITS.populateDepth} levels deep, each level taking only \`fields\` and \`populate\`. ` +
          `\`localizations\` gives ${LOCALIZATION_FIELDS.join(', ')} only, with nothing below it. Anything else is a 400 naming the parameter.`,
        schema: withPopulateObject(parameter.schema),
      };
    case 'pagination[pageSize]':
      return {
        ...parameter,
        description: `Entries per page, ${pagination.defaultPageSize} when left out, at most ${pagination.maxPageSize} (more is a 400).`,
        schema: { ...parameter.schema, default: pagination.defaultPageSize },
      };
    case 'pagination[limit]':
      return { ...parameter, description: `Entries to return, at most ${pagination.maxPageSize} (more is a 400).` };
    case '_q':
      return { ...parameter, description: `Search the text fields for these words (at most ${QUERY_LIMITS.searchLength} characters).` };
    default:
      return parameter;
  }
}

function filterableNames(schema: JsonSchema | undefined, type: PublicTypeModel, model: ContentModel): JsonSchema {
  const scalars = (schema?.propertyNames?.enum ?? []) as string[];
  const attributes = model.attributes[type.schemaName] ?? {};
  const nested = Object.entries(attributes)
    .filter(([, attribute]) => isPopulatable(attribute))
    .map(([name]) => name);
  return { type: 'string', enum: ['id', 'documentId', ...scalars, ...nested, '$and', '$or', '$not'] };
}

function withPopulateObject(schema: JsonSchema | undefined): JsonSchema {
  const forms = schema?.anyOf ?? [];
  const names = forms.find((form) => Array.isArray(form.enum))?.enum ?? [];
  return {
    anyOf: [
      ...forms,
      {
        type: 'object',
        description: 'Populate each named field with its own fields and populate',
        propertyNames: { type: 'string', enum: names },
        additionalProperties: {},
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------- schemas

/** The schemas the kept paths use, directly or through other schemas. */
function reachableSchemaNames(root: unknown, schemas: Record<string, JsonSchema>, found = new Set<string>()): Set<string> {
  if (Array.isArray(root)) {
    for (const item of root) reachableSchemaNames(item, schemas, found);
  } else if (root && typeof root === 'object') {
    for (const [key, value] of Object.entries(root)) {
      const name = key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '') : undefined;
      if (name && schemas[name] && !found.has(name)) {
        found.add(name);
        reachableSchemaNames(schemas[name], schemas, found);
      } else {
        reachableSchemaNames(value, schemas, found);
      }
    }
  }
  return found;
}

const DOCUMENT_ID: JsonSchema = {
  type: 'string',
  description: 'Identifies the entry in every locale; `id` differs from locale to locale.',
};

function nullable(schema: JsonSchema): JsonSchema {
  // A schema without type (JSON fields) accepts null already.
  if (!schema.type && !schema.$ref && !schema.anyOf) return schema;
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  const { description, ...rest } = schema;
  return { description, anyOf: [rest, { type: 'null' }] };
}

/** The query policy gives `localizations` its locale, slug and update time only (LOCALIZATION_FIELDS). */
function localizationsSchema(property: JsonSchema, attributes: Record<string, AttributeModel>): JsonSchema {
  const fields = LOCALIZATION_FIELDS.filter((field) => field !== 'slug' || attributes.slug);
  const types: Record<string, JsonSchema> = {
    locale: { type: 'string' },
    slug: { type: 'string' },
    updatedAt: { type: 'string', format: 'date-time' },
  };
  return {
    description: `The other languages of the entry: ${fields.join(', ')} only.`,
    type: 'array',
    items: {
      type: 'object',
      properties: { id: { type: 'integer' }, documentId: DOCUMENT_ID, ...Object.fromEntries(fields.map((field) => [field, types[field]])) },
      // The fields asked for (`populate[localizations][fields]`), all of them by default.
      required: ['id', 'documentId'],
    },
    ...(property.readOnly ? { readOnly: true } : {}),
  };
}

/** Set by the machine-translation-flag middleware on the entries a request asks for (not on populated relations). */
const MACHINE_TRANSLATION: JsonSchema = {
  description:
    'Set while the text of this entry in this language is a machine translation of the Italian that staff have not yet reviewed (show readers a notice); null when a person wrote or reviewed it. Only on the entries asked for, not on populated relations.',
  anyOf: [
    {
      type: 'object',
      properties: {
        provider: { type: 'string', enum: ['deepl', 'libretranslate'] },
        translatedAt: { type: 'string', format: 'date-time' },
      },
      required: ['provider', 'translatedAt'],
    },
    { type: 'null' },
  ],
};

/**
 * What a field means and in what format, where Strapi's generic "A string field" would leave a
 * partner guessing: by schema name, then attribute.
 */
const FIELD_DESCRIPTIONS: Record<string, Record<string, string>> = {
  ContactChannelEntry: {
    value: 'The number or e-mail address as the agency writes it, for display (e.g. `0364 22693`): not a format to dial.',
    e164: 'For `phone`, `mobile` and `whatsapp`: the number in E.164 (`+` and country code, digits only, e.g. `+39036422693`), set by the CMS when the entry is saved; dial this. Null for `email` and for Italian short codes (112, 116 117, 1522…), which are dialled as written in `value`.',
  },
  ApiEventEventDocument: {
    recurrence:
      'How the event repeats, if it does (null otherwise): `startsAt`/`endsAt` are its first date. The `.ics` files of the portal carry it as an RFC 5545 RRULE with EXDATE.',
    seriesEndsAt:
      'When the last date of a repeating event ends (ISO 8601, UTC), computed by the CMS on save; null for an event that does not repeat. An event is upcoming while `endsAt` (or `startsAt`) or this is still ahead.',
  },
  ScheduleRecurrenceEntry: {
    until: 'The last day (YYYY-MM-DD, Europe/Rome) a date may fall on; either this or `count` is set.',
    count: 'How many dates in all, the first included; either this or `until` is set.',
    monthlyPosition: 'Monthly: `sameDay` of the month as the first date, or the `first`…`fourth` or `last` of its weekday in the month.',
  },
  ScheduleClosureEntry: {
    startDate: 'First day (YYYY-MM-DD, Europe/Rome).',
    endDate: 'Last day, included (YYYY-MM-DD); null for a single day.',
    fromTime: 'From this time (HH:mm:ss.SSS, Europe/Rome); null: from the start of the day.',
    toTime: 'Until this time (HH:mm:ss.SSS, Europe/Rome); null: until the end of the day. Both null: all day.',
  },
};

/**
 * Strapi's generated schemas say an optional field may be absent; the API sends it as null.
 * They also mark every rich-text field required, leave out the `id` of component entries, and
 * put the generation time in `publishedAt`'s default.
 */
function describeEntity(
  schema: JsonSchema,
  attributes: Record<string, AttributeModel>,
  isComponent: boolean,
  descriptions: Record<string, string> = {},
): JsonSchema {
  const properties: Record<string, JsonSchema> = isComponent ? { id: { type: 'integer' } } : {};
  for (const [name, generated] of Object.entries(schema.properties ?? {})) {
    const property = descriptions[name] ? { ...generated, description: descriptions[name] } : generated;
    const attribute = attributes[name];
    if (name === 'documentId') properties[name] = DOCUMENT_ID;
    else if (name === 'localizations') properties[name] = localizationsSchema(property, attributes);
    else if (name === 'publishedAt')
      properties[name] = Object.fromEntries(Object.entries(property).filter(([keyword]) => keyword !== 'default'));
    else properties[name] = attribute && !attribute.required && !isToMany(attribute) ? nullable(property) : property;
  }
  if (!isComponent && properties.documentId && properties.locale) properties.machineTranslation = MACHINE_TRANSLATION;
  const required = (schema.required ?? []).filter((name) => {
    const attribute = attributes[name];
    return !attribute || (attribute.required === true && !isPopulatable(attribute));
  });
  return { ...schema, properties, required: isComponent ? ['id', ...required] : required };
}

function partnerSchemas(generated: OpenApiDocument, paths: OpenApiDocument['paths'], model: ContentModel): Record<string, JsonSchema> {
  const all = generated.components?.schemas ?? {};
  const names = [...reachableSchemaNames(paths, all)].sort();
  const entities = Object.fromEntries(
    names.map((name) => [
      name,
      model.attributes[name]
        ? describeEntity(all[name], model.attributes[name], name.endsWith('Entry'), FIELD_DESCRIPTIONS[name])
        : all[name],
    ]),
  );
  return { ...entities, ...SHARED_SCHEMAS };
}

const PAGE_PAGINATION: JsonSchema = {
  type: 'object',
  description:
    'With `pagination[page]`/`pagination[pageSize]` (the default). `pageCount` and `total` are left out with `pagination[withCount]=false`.',
  properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } },
  required: ['page', 'pageSize'],
};

const OFFSET_PAGINATION: JsonSchema = {
  type: 'object',
  description: 'With `pagination[start]`/`pagination[limit]`.',
  properties: { start: { type: 'integer' }, limit: { type: 'integer' }, total: { type: 'integer' } },
  required: ['start', 'limit'],
};

const SHARED_SCHEMAS: Record<string, JsonSchema> = {
  Error: {
    type: 'object',
    description: 'Every error, in Strapi’s shape.',
    properties: {
      data: { type: 'null' },
      error: {
        type: 'object',
        properties: {
          status: { type: 'integer' },
          name: { type: 'string', examples: ['ValidationError', 'UnauthorizedError', 'PolicyError', 'NotFoundError', 'RateLimitError'] },
          message: { type: 'string' },
          details: { type: 'object' },
        },
        required: ['status', 'name', 'message'],
      },
    },
    required: ['data', 'error'],
  },
  ListMeta: {
    type: 'object',
    properties: { pagination: { oneOf: [SCHEMA_REF('PagePagination'), SCHEMA_REF('OffsetPagination')] } },
    required: ['pagination'],
  },
  OffsetPagination: OFFSET_PAGINATION,
  PagePagination: PAGE_PAGINATION,
};

// ------------------------------------------------------------------------ errors, headers, security

const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': REF('headers', 'RateLimit-Limit'),
  'RateLimit-Remaining': REF('headers', 'RateLimit-Remaining'),
  'RateLimit-Reset': REF('headers', 'RateLimit-Reset'),
};

/** On every answer: the rate limit's state (when the client is limited) and CORS. */
const RESPONSE_HEADERS = { ...RATE_LIMIT_HEADERS, 'Access-Control-Allow-Origin': REF('headers', 'Access-Control-Allow-Origin') };

const HEADERS = {
  'Access-Control-Allow-Origin': {
    description:
      'CORS: sent, with the caller’s origin, only when a browser request comes from an origin the agency allowed (the portal, and the origins in CORS_ORIGINS); never `*`. ' +
      'Partners calling from their servers need no CORS. Browsers may read Retry-After and the RateLimit headers (Access-Control-Expose-Headers).',
    schema: { type: 'string', format: 'uri', maxLength: 2048 },
  },
  'RateLimit-Limit': {
    description: 'Requests allowed per minute to this client (not sent to full-access tokens, nor on /i18n/locales).',
    schema: { type: 'integer' },
  },
  'RateLimit-Remaining': { description: 'Requests left in the current minute.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the current minute ends and the count starts again.', schema: { type: 'integer' } },
  'Retry-After': { description: 'Seconds to wait before the next request.', schema: { type: 'integer' } },
};

function errorResponse(
  description: string,
  example: { status: number; name: string; message: string; details: object },
  headers: object = RESPONSE_HEADERS,
) {
  return {
    description,
    headers,
    content: { 'application/json': { schema: SCHEMA_REF('Error'), example: { data: null, error: example } } },
  };
}

const RESPONSES = {
  BadRequest: errorResponse(
    'A parameter is unknown, malformed, too long or too large, or names a field, operator or populate path the API does not allow; `details.parameter` names it when the query policy refused it.',
    {
      status: 400,
      name: 'ValidationError',
      message: 'filters[localizations]: localizations cannot be filtered on; filter on the fields of the language asked with locale.',
      details: { parameter: 'filters[localizations]' },
    },
  ),
  Unauthorized: errorResponse('The token is unknown, expired or revoked. Without an Authorization header you read as the public.', {
    status: 401,
    name: 'UnauthorizedError',
    message: 'Missing or invalid credentials',
    details: {},
  }),
  Forbidden: errorResponse(
    'The query asks for drafts (`status` other than `published`, `publicationFilter`, `hasPublishedVersion`): this API serves published content only.',
    {
      status: 403,
      name: 'PolicyError',
      message: "This API serves published content only; the parameter 'status' is reserved for the portal's preview.",
      details: { parameters: ['status'] },
    },
  ),
  NotFound: errorResponse('No published entry with this documentId in this locale.', {
    status: 404,
    name: 'NotFoundError',
    message: 'Not Found',
    details: {},
  }),
  TooManyRequests: errorResponse(
    'Past the rate limit of this client for the current minute; `details.retryAfterSeconds` repeats `Retry-After`.',
    {
      status: 429,
      name: 'RateLimitError',
      message: 'Too many requests: the limit is 300 a minute. Try again in 42 seconds.',
      details: { retryAfterSeconds: 42 },
    },
    { 'Retry-After': REF('headers', 'Retry-After'), ...RESPONSE_HEADERS },
  ),
};

const SECURITY_SCHEMES = {
  partnerToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A read-only API token from the agency, sent as `Authorization: Bearer <token>`. Optional: without it you read as the public, with the public’s rate limit.',
  },
};

// ----------------------------------------------------------------------------------------- document

function info(model: ContentModel) {
  return {
    title: 'Portale Welfare Valle Camonica – partner API',
    version: model.version,
    description: [
      'The published content of the Valle Camonica welfare portal — services, linguistic-cultural mediators, school workshops, events, places, pages — in every language of the portal, read-only.',
      '',
      '- **Published content only.** Drafts never leave the CMS; parameters that ask for them answer 403.',
      `- **Locales.** \`locale=${model.locales.defaultLocale}\` (Italian, the master language) when left out. An entry missing in a locale answers 404 there: ask for it again with \`locale=${model.locales.defaultLocale}\`.`,
      `- **Pagination.** ${model.pagination.defaultPageSize} entries per page by default, ${model.pagination.maxPageSize} at most (more is a 400).`,
      `- **Limits.** A query string of at most ${QUERY_LIMITS.queryStringLength} characters; the bounds of each parameter are in its schema. Populate, filters and sort follow a policy per type (see each parameter): anything outside it is a 400 naming the parameter.`,
      "- **CORS.** Browser requests are answered with `Access-Control-Allow-Origin` only from the origins the agency allowed (the portal's, and any listed for partners); call from your server otherwise.",
      '- **Rate limits.** Per minute: per client IP without a token, per token with one (partners get a higher limit). Answers carry `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; past the limit, 429 with `Retry-After`.',
      '- **Stability.** Changes are additive: new fields, types and parameters may appear at any time. Renaming or removing a path or a field, or changing what a field means, is announced at least 3 months ahead in the *For partners* section of the project’s README, and the affected answers carry a `Deprecation` header meanwhile.',
    ].join('\n'),
  };
}

function tags(model: ContentModel) {
  return [
    ...model.types.map((type) => ({ name: type.singularName, description: `${type.displayName}: ${type.description}` })),
    { name: 'i18n', description: 'The locales of the content.' },
  ];
}

/** Drops what is noise to a reader: the dialect, already OpenAPI 3.1's default, and Strapi's serializer hints. */
function withoutNoise<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNoise) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$schema' && key !== 'x-strapi-serialize')
      .map(([key, child]) => [key, withoutNoise(child)]),
  ) as T;
}

export function partnerDocument(strapiDocument: OpenApiDocument, model: ContentModel): OpenApiDocument {
  const generated = withoutNoise(strapiDocument);
  const paths = publicPaths(generated, model);
  return withStatedLimits(
    withoutNoise({
      openapi: generated.openapi,
      info: info(model),
      servers: [
        { url: '/api', description: 'The content API of this CMS, the production server that serves this document', 'x-internal': false },
      ],
      security: [{}, { partnerToken: [] }],
      tags: tags(model),
      paths,
      components: {
        securitySchemes: SECURITY_SCHEMES,
        headers: HEADERS,
        responses: RESPONSES,
        schemas: partnerSchemas(generated, paths, model),
      },
    }),
    model,
  );
}
