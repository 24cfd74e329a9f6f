import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCALE_CODES } from '@welfare/types';
import { INTERNAL_CONTENT_TYPES } from '../src/bootstrap/content-types';
import { adminLogin, cmsUrl, request } from './support/admin-api';
import { APP_DIR } from './support/cms-process';
import { generateOpenApi, validateOpenApi } from './support/openapi';
import { get, type ListBody } from './support/public-api';
import { COLLECTIONS } from './support/fixtures';

/**
 * The partner API's OpenAPI document (apps/cms/openapi.json): up to date with the content model,
 * valid, complete, and true — every parameter it documents is accepted, every error and response
 * it describes is what the running CMS sends.
 */
interface Schema {
  type?: string | string[];
  $ref?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  enum?: unknown[];
}
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operation {
  parameters: Parameter[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>;
}
interface OpenApi {
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const COMMITTED = path.join(APP_DIR, 'openapi.json');
const committedText = fs.readFileSync(COMMITTED, 'utf8');
const doc = JSON.parse(committedText) as OpenApi;
const operations = () => Object.entries(doc.paths).map(([route, item]) => [route, item.get] as const);
const isContentPath = (route: string) => route !== '/i18n/locales';

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-openapi-test-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A concrete URL for a documented path: a real documentId of a published Italian entry. */
async function concrete(route: string): Promise<string> {
  if (!route.includes('{documentId}')) return route;
  const list = await get<ListBody<{ documentId: string }>>(`${route.replace('/{documentId}', '')}?locale=it&pagination[pageSize]=1`);
  return route.replace('{documentId}', list.body.data[0].documentId);
}

describe('the committed OpenAPI document', () => {
  it('is what `npm run openapi` makes of the current content model', async () => {
    const fresh = path.join(scratch, 'openapi.json');
    await generateOpenApi(fresh);
    const generated = fs.readFileSync(fresh, 'utf8');
    if (generated !== committedText) {
      const before = committedText.split('\n');
      const after = generated.split('\n');
      const line = after.findIndex((text, index) => text !== before[index]);
      throw new Error(
        `apps/cms/openapi.json is out of date with the content model (first difference at line ${line + 1}: ` +
          `${JSON.stringify(before[line] ?? '')} → ${JSON.stringify(after[line] ?? '')}).\n` +
          'Run `npm run openapi --workspace @welfare/cms` and commit the result.',
      );
    }
  }, 240000);

  it('is a valid OpenAPI 3.1 document, by the specification’s own schemas', async () => {
    const result = await validateOpenApi(COMMITTED);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ valid: true, version: '3.1' });

    // The validator does reject a broken document.
    const broken = path.join(scratch, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ ...doc, paths: { '/events': { get: { parameters: [{ name: 'locale' }] } } } }));
    expect((await validateOpenApi(broken)).valid).toBe(false);
  });

  it('resolves every $ref', () => {
    const refs = [...committedText.matchAll(/"\$ref": "#\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      const target = ref.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect({ ref, found: target !== undefined }).toEqual({ ref, found: true });
    }
  });

  it('documents exactly the public reads: each content type, its entries, the single type, the locales', async () => {
    const expected = [
      ...COLLECTIONS.map(([, plural]) => plural).flatMap((plural) => [`/${plural}`, `/${plural}/{documentId}`]),
      '/global',
      '/i18n/locales',
    ];
    expect(Object.keys(doc.paths).sort()).toEqual(expected.sort());
    for (const item of Object.values(doc.paths)) expect(Object.keys(item)).toEqual(['get']);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api' })]);

    // Every public content type the running CMS has, as staff see them in the admin (page ratings are internal).
    const types = await request<{ data: Array<{ uid: string; kind: string; info: { pluralName: string; singularName: string } }> }>(
      'GET',
      '/content-manager/content-types',
      { token: await adminLogin() },
    );
    const ours = types.body.data.filter((type) => type.uid.startsWith('api::') && !INTERNAL_CONTENT_TYPES.has(type.uid));
    expect(ours.length).toBe(COLLECTIONS.length + 1);
    for (const type of ours) {
      const route = type.kind === 'singleType' ? `/${type.info.singularName}` : `/${type.info.pluralName}`;
      expect(Object.keys(doc.paths)).toContain(route);
    }
  });

  it('documents the query parameters of Strapi’s REST API, and the API accepts each of them', async () => {
    const list = (route: string) => doc.paths[route].get.parameters.map((parameter) => parameter.name);
    for (const plural of COLLECTIONS.map(([, plural]) => plural)) {
      expect(list(`/${plural}`)).toEqual(
        expect.arrayContaining([
          'locale',
          'filters',
          'sort',
          'fields',
          'populate',
          '_q',
          'status',
          'pagination[page]',
          'pagination[pageSize]',
          'pagination[start]',
          'pagination[limit]',
        ]),
      );
      expect(list(`/${plural}/{documentId}`)).toEqual(expect.arrayContaining(['documentId', 'locale', 'fields', 'populate']));
    }
    expect(list('/global')).toEqual(expect.arrayContaining(['locale', 'fields', 'populate']));
    const locale = doc.paths['/events'].get.parameters.find((parameter) => parameter.name === 'locale');
    expect(locale?.schema?.enum).toEqual([...LOCALE_CODES, '*']);

    const EXAMPLES: Record<string, string> = {
      locale: 'locale=ar',
      filters: 'filters[createdAt][$notNull]=true',
      sort: 'sort=createdAt:desc',
      fields: 'fields[0]=createdAt',
      populate: 'populate=*',
      _q: '_q=a',
      status: 'status=published',
      'pagination[page]': 'pagination[page]=1',
      'pagination[pageSize]': 'pagination[pageSize]=10',
      'pagination[start]': 'pagination[start]=0',
      'pagination[limit]': 'pagination[limit]=10',
      'pagination[withCount]': 'pagination[withCount]=false',
    };
    for (const [route, operation] of operations()) {
      const url = await concrete(route);
      for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'query')) {
        expect(Object.keys(EXAMPLES)).toContain(parameter.name);
        const response = await get<{ error?: unknown }>(`${url}?${EXAMPLES[parameter.name]}`);
        expect({ request: `${url}?${EXAMPLES[parameter.name]}`, status: response.status, error: response.body.error }).toEqual({
          request: `${url}?${EXAMPLES[parameter.name]}`,
          status: 200,
          error: undefined,
        });
      }
    }
  });

  it('documents the errors partners meet, in the shape the API sends them', async () => {
    for (const [route, operation] of operations().filter(([candidate]) => isContentPath(candidate))) {
      const expected = ['200', '400', '401', '403', '429', ...(route === '/global' || route.includes('{documentId}') ? ['404'] : [])];
      expect({ route, statuses: Object.keys(operation.responses).sort() }).toEqual({ route, statuses: expected.sort() });
    }
    const errorShape = doc.components.schemas.Error;
    const failures = await Promise.all([
      get('/events?pagination[pageSize]=abc'),
      request('GET', '/api/events', { token: 'not-a-token' }),
      get('/events?status=draft'),
      get('/events/no-such-entry'),
    ]);
    expect(failures.map((response) => response.status)).toEqual([400, 401, 403, 404]);
    for (const response of failures) {
      expect(mismatches(response.body, errorShape, 'error')).toEqual([]);
    }
  });

  it('describes the responses the API really sends, nulls and populated relations included', async () => {
    for (const [route, operation] of operations()) {
      const schema = operation.responses['200'].content?.['application/json'].schema as Schema;
      const url = await concrete(route);
      for (const locale of ['it', 'ar']) {
        const query = isContentPath(route)
          ? `?locale=${locale}&populate=*${route.includes('{') || route === '/global' ? '' : '&pagination[pageSize]=100'}`
          : '';
        const response = await get(`${url}${query}`);
        expect(response.status).toBe(200);
        expect({ route, locale, mismatches: mismatches(response.body, schema, route) }).toEqual({ route, locale, mismatches: [] });
      }
    }
  });
});

describe('browsing the documentation', () => {
  it('serves the committed document at /api/openapi.json', async () => {
    const response = await fetch(`${cmsUrl()}/api/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe(committedText);
  });

  it('serves Swagger UI at /documentation from this server alone, without inline script', async () => {
    const page = await fetch(`${cmsUrl()}/documentation`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const scriptSources = page.headers.get('content-security-policy')?.match(/script-src ([^;]*)/)?.[1];
    expect(scriptSources?.trim()).toBe("'self'");
    const html = await page.text();

    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/[^/]/);
      expect(body.trim()).toBe('');
    }
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(references.filter((reference) => !reference.startsWith('/') || reference.startsWith('//'))).toEqual([]);

    const types: Record<string, RegExp> = { js: /javascript/, css: /text\/css/, png: /image\/png/, json: /application\/json/ };
    for (const reference of references) {
      const asset = await fetch(`${cmsUrl()}${reference}`);
      expect({ reference, status: asset.status }).toEqual({ reference, status: 200 });
      expect(asset.headers.get('content-type')).toMatch(types[reference.split('.').pop() ?? '']);
      const text = await asset.text();
      if (reference.endsWith('swagger-initializer.js')) {
        expect(text).toContain("url: '/api/openapi.json'");
        expect(text).toContain('validatorUrl: null');
        expect(text).not.toMatch(/https?:\/\//);
      }
    }
  });

  it('serves nothing else of the Swagger UI package', async () => {
    for (const probe of ['/documentation/index.html', '/documentation/package.json', '/documentation/..%2Fpackage.json']) {
      expect((await fetch(`${cmsUrl()}${probe}`)).status).toBe(404);
    }
  });
});

// ------------------------------------------------------------------------------------------------

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function fitsType(value: unknown, types: string[]): boolean {
  const actual = jsonType(value);
  if (actual === 'number') return types.includes('number') || (types.includes('integer') && Number.isInteger(value));
  return types.includes(actual);
}

/**
 * What in `value` the schema does not describe: keys it does not document, required keys missing,
 * values of another JSON type (null included). Enough to hold the document to the truth without a
 * full JSON Schema validator.
 */
function mismatches(value: unknown, schema: Schema, at: string): string[] {
  let resolved = schema;
  while (resolved.$ref) resolved = doc.components.schemas[resolved.$ref.replace('#/components/schemas/', '')];
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  if (alternatives) {
    const outcomes = alternatives.map((alternative) => mismatches(value, alternative, at));
    return outcomes.some((outcome) => outcome.length === 0)
      ? []
      : outcomes.reduce((best, outcome) => (outcome.length < best.length ? outcome : best));
  }
  if (resolved.type !== undefined && !fitsType(value, [resolved.type].flat())) {
    return [`${at}: ${jsonType(value)}, documented as ${[resolved.type].flat().join(' or ')}`];
  }
  if (Array.isArray(value) && resolved.items) {
    return value.flatMap((item, index) => mismatches(item, resolved.items as Schema, `${at}[${index}]`));
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && resolved.properties) {
    const entries = Object.entries(value);
    const missing = (resolved.required ?? []).filter((key) => !(key in value)).map((key) => `${at}.${key}: missing`);
    const extra =
      resolved.additionalProperties === false
        ? entries.filter(([key]) => !resolved.properties?.[key]).map(([key]) => `${at}.${key}: not documented`)
        : [];
    const nested = entries.flatMap(([key, child]) =>
      resolved.properties?.[key] ? mismatches(child, resolved.properties[key], `${at}.${key}`) : [],
    );
    return [...missing, ...extra, ...nested];
  }
  return [];
}
