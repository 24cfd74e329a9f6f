import 'server-only';
import { listResponseSchema, toQueryString, type ListResponse, type QueryValue, type z } from '@welfare/types';
import { environment } from '@/lib/environment';
import { countCmsResponseError, reportCmsUnavailable, requestIdHeaders } from '@/lib/observability';
import { draftHeaders, draftUrl, isPreview } from './draft-mode';

/**
 * The portal's only way to the CMS: server-side, over the CMS's REST API. Every response is
 * validated against the shared schemas of @welfare/types, every request has a timeout and carries
 * cache tags. Tokens stay on the server: CMS_API_TOKEN, when set, reads published content (it may
 * only find/findOne the content types); a staff preview reads the draft of its one document with
 * CMS_PREVIEW_TOKEN instead (a request marked `draft`, lib/cms/draft-mode.ts).
 */

/** The CMS did not answer usefully: unreachable, too slow, or a server error. */
export class CmsUnavailableError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CmsUnavailableError';
  }
}

/** The CMS answered something the portal cannot use: a client error or an unexpected shape. */
export class CmsResponseError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CmsResponseError';
  }
}

/**
 * The failure to throw, reported first: an unavailable CMS to the server answering this request
 * (its outage page, 503) and the metrics; an unusable answer to the metrics.
 */
function reported<E extends CmsUnavailableError | CmsResponseError>(error: E): E {
  if (error instanceof CmsUnavailableError) reportCmsUnavailable();
  else countCmsResponseError();
  return error;
}

export const cmsBaseUrl = () => environment().cmsUrl;

export const cmsTimeoutMs = () => environment().cmsTimeoutMs;
/** The time-based floor of revalidation: a page is refreshed at least this often. */
export const cmsRevalidateSeconds = () => environment().cmsRevalidateSeconds;

export interface CmsRequest {
  params?: Record<string, QueryValue>;
  tags: string[];
  /**
   * Published content read now, past Next's data cache and whatever the visitor's draft mode
   * (the search index: it must see a change as soon as it is notified, and never hold a draft).
   */
  fresh?: boolean;
  /**
   * The draft of the previewed document (the caller checked that the preview session is of it:
   * `previewOf`). Read only while the request still has a preview session; else published.
   */
  draft?: boolean;
}

// By name, not instanceof: fetch's errors may come from another realm (e.g. under test runners).
function failureReason(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${cmsTimeoutMs()} ms`;
  return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as Error).message)
    : String(error);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export async function cmsGet<T>(path: string, schema: z.ZodType<T>, request: CmsRequest): Promise<T> {
  const query = request.params ? `?${toQueryString(request.params)}` : '';
  const url = `${cmsBaseUrl()}/api${path}${query}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = environment().secrets.CMS_API_TOKEN;
  if (token) headers.Authorization = `Bearer ${token}`;

  const preview = request.draft === true && !request.fresh && (await isPreview());
  // The request's id goes with it, so the CMS's log line of this read carries it too.
  Object.assign(headers, requestIdHeaders({ uncached: preview || Boolean(request.fresh) }));
  let response: Response;
  try {
    // A staff preview reads the drafts, with the token allowed to, and never from or into the cache.
    response = await fetch(preview ? draftUrl(url) : url, {
      headers: preview ? draftHeaders(headers) : headers,
      signal: AbortSignal.timeout(cmsTimeoutMs()),
      ...(preview || request.fresh ? { cache: 'no-store' as const } : { next: { revalidate: cmsRevalidateSeconds(), tags: request.tags } }),
    });
  } catch (error) {
    throw reported(new CmsUnavailableError(`The CMS at ${cmsBaseUrl()} cannot be reached (${path}): ${failureReason(error)}`));
  }
  if (response.status >= 500) throw reported(new CmsUnavailableError(`The CMS answered ${response.status} to ${path}`, response.status));
  // The portal's budget at the CMS is spent (its rate limit): for visitors an outage, answered with
  // the outage page (503, Retry-After) like a CMS that is down, not a page error.
  if (response.status === 429) {
    throw reported(
      new CmsUnavailableError(
        `The CMS refused ${path} for now (429, rate limit; Retry-After ${response.headers.get('retry-after') ?? '?'} s)`,
        response.status,
      ),
    );
  }
  if (!response.ok) throw reported(new CmsResponseError(`The CMS answered ${response.status} to ${path}${query}`, response.status));

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // Headers arrived, then the body stalled or broke off: the CMS is not answering.
    throw reported(new CmsUnavailableError(`The CMS stopped answering ${path}: ${failureReason(error)}`));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw reported(new CmsResponseError(`The CMS answered ${path} with something that is not JSON`));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw reported(new CmsResponseError(`The CMS answered ${path} with an unexpected shape: ${describeIssues(parsed.error)}`));
  }
  return parsed.data;
}

/**
 * Every entry of a list, page by page (Strapi serves at most 100 per page), up to `maxPages`
 * pages (the rest is left out, with a warning).
 */
export async function cmsGetAll<T>(path: string, entry: z.ZodType<T>, request: CmsRequest, { maxPages = Infinity } = {}): Promise<T[]> {
  const schema = listResponseSchema<T>(entry);
  const entries: T[] = [];
  for (let page = 1; ; page += 1) {
    const params = { ...request.params, pagination: { page, pageSize: 100 } };
    const response = await cmsGet<ListResponse<T>>(path, schema, { ...request, params });
    entries.push(...response.data);
    if (page >= response.meta.pagination.pageCount) return entries;
    if (page >= maxPages) {
      console.warn(`cms: ${path} has ${response.meta.pagination.total} entries, read the first ${entries.length}`);
      return entries;
    }
  }
}
