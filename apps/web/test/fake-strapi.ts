import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that answers the portal's REST requests the way Strapi 5 does, from fixtures:
 * flat entries (`id`, `documentId`, `locale`, fields), `locale` selecting one language version,
 * `filters[<field>][$eq]`, `filters[<field>][$in][<n>]`, `_q` full-text search, `sort`, `fields`,
 * `pagination[page]` and `pagination[pageSize]` and
 * `populate[localizations]` (the entry's other language versions). It records every request.
 */
export interface FakeEntry {
  id: number;
  documentId: string;
  locale: string;
  [field: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/api/events`. */
  path: string;
  /** The URL as received, query string included (not decoded). */
  rawUrl: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
}

/** A canned answer for a request, instead of the fixture-driven one. */
export interface CannedAnswer {
  status?: number;
  body?: unknown;
  /** Sent as is, instead of JSON-encoding `body`. */
  rawBody?: string;
  /** Send the headers, then never finish the body. */
  stallBody?: boolean;
  /** Never answer at all. */
  hang?: boolean;
}

export interface FakeStrapi {
  url: string;
  requests: RecordedRequest[];
  /** Collections by REST plural (`events`, `services`, …); tests may change them between requests. */
  collections: Record<string, FakeEntry[]>;
  /** Answers a request differently from the fixtures when it returns an answer. */
  override: ((request: RecordedRequest) => CannedAnswer | undefined) | null;
  close(): Promise<void>;
}

const SEARCHED_FIELDS = ['title', 'summary', 'displayName', 'bio'];
const DEFAULT_PAGE_SIZE = 25;

function strapiError(status: number, name: string, message: string) {
  return { data: null, error: { status, name, message, details: {} } };
}

function indexedValues(query: URLSearchParams, prefix: string): string[] {
  const values: Array<[number, string]> = [];
  for (const [key, value] of query) {
    const match = new RegExp(`^${prefix.replace(/[[\]$]/g, '\\$&')}\\[(\\d+)\\]$`).exec(key);
    if (match) values.push([Number(match[1]), value]);
  }
  return values.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
}

function answerFromFixtures(
  collections: Record<string, FakeEntry[]>,
  request: RecordedRequest,
): Required<Pick<CannedAnswer, 'status' | 'body'>> {
  const match = /^\/api\/([a-z-]+)$/.exec(request.path);
  const collection = match ? collections[match[1]] : undefined;
  if (!collection) return { status: 404, body: strapiError(404, 'NotFoundError', 'Not Found') };

  const { query } = request;
  const locale = query.get('locale') ?? 'it';
  let entries = collection.filter((entry) => entry.locale === locale);

  const anyOf = new Map<string, string[]>();
  for (const [key, value] of query) {
    if (!key.startsWith('filters[')) continue;
    const equal = /^filters\[(\w+)\]\[\$eq\]$/.exec(key);
    const member = /^filters\[(\w+)\]\[\$in\]\[\d+\]$/.exec(key);
    if (equal) entries = entries.filter((entry) => String(entry[equal[1]]) === value);
    else if (member) anyOf.set(member[1], [...(anyOf.get(member[1]) ?? []), value]);
    else return { status: 400, body: strapiError(400, 'ValidationError', `The fake CMS does not support the filter ${key}`) };
  }
  for (const [field, values] of anyOf) entries = entries.filter((entry) => values.includes(String(entry[field])));

  const search = query.get('_q');
  if (search) {
    const needle = search.toLowerCase();
    entries = entries.filter((entry) =>
      SEARCHED_FIELDS.some((field) => typeof entry[field] === 'string' && (entry[field] as string).toLowerCase().includes(needle)),
    );
  }

  for (const sort of indexedValues(query, 'sort').reverse()) {
    const [field, direction = 'asc'] = sort.split(':');
    const sign = direction === 'desc' ? -1 : 1;
    entries = [...entries].sort((a, b) => sign * String(a[field]).localeCompare(String(b[field])));
  }

  const pageSize = Number(query.get('pagination[pageSize]') ?? DEFAULT_PAGE_SIZE);
  const pageNumber = Number(query.get('pagination[page]') ?? 1);
  const total = entries.length;
  const page = entries.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);

  const withLocalizations = [...query.keys()].some((key) => key.startsWith('populate[localizations]'));
  const fields = indexedValues(query, 'fields');
  const data = page.map((entry) => {
    let shaped: Record<string, unknown> = { ...entry };
    delete shaped.localizations;
    if (fields.length > 0)
      shaped = Object.fromEntries([['id', entry.id], ['documentId', entry.documentId], ...fields.map((field) => [field, entry[field]])]);
    if (withLocalizations) {
      shaped.localizations = collection
        .filter((other) => other.documentId === entry.documentId && other.locale !== entry.locale)
        .map((other) => ({ id: other.id, documentId: other.documentId, locale: other.locale, slug: other.slug }));
    }
    return shaped;
  });
  return {
    status: 200,
    body: { data, meta: { pagination: { page: pageNumber, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), total } } },
  };
}

export async function startFakeStrapi(collections: Record<string, FakeEntry[]> = {}): Promise<FakeStrapi> {
  const fake: Omit<FakeStrapi, 'url' | 'close'> = { requests: [], collections, override: null };

  const server = http.createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      rawUrl: incoming.url ?? '/',
      query: url.searchParams,
      headers: incoming.headers,
    };
    fake.requests.push(request);
    const canned = fake.override?.(request);
    if (canned?.hang) return;
    const answer = canned ?? answerFromFixtures(fake.collections, request);
    outgoing.statusCode = answer.status ?? 200;
    outgoing.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (canned?.stallBody) {
      outgoing.flushHeaders();
      outgoing.write('{"data":[');
      return;
    }
    outgoing.end(canned?.rawBody ?? JSON.stringify(answer.body ?? null));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  });
}

/** A URL where nothing listens: a port that was just free. */
export async function unreachableUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const TIMESTAMP = '2026-01-15T09:00:00.000Z';

/** The fields every Strapi entry has. */
export function entryBase(id: number, documentId: string, locale: string) {
  return { id, documentId, locale, createdAt: TIMESTAMP, updatedAt: TIMESTAMP, publishedAt: TIMESTAMP };
}
