import 'server-only';

/**
 * The portal's only way to the CMS: server-side, over the CMS's public REST API.
 * CMS_URL is read per request so one build runs against any CMS.
 */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CmsError';
  }
}

export function cmsBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.CMS_URL || 'http://127.0.0.1:1337').replace(/\/+$/, '');
}

export async function cmsGet<T>(path: string, init: RequestInit & { next?: { revalidate?: number; tags?: string[] } } = {}): Promise<T> {
  const url = `${cmsBaseUrl()}/api${path}`;
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    throw new CmsError(`The CMS at ${cmsBaseUrl()} cannot be reached: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new CmsError(`The CMS answered ${response.status} to ${path}`, response.status);
  }
  return (await response.json()) as T;
}
