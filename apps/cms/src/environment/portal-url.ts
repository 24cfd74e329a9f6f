import type { EnvironmentVariables } from '@welfare/types/secrets';

/**
 * Where the portal is: its public URL (PORTAL_URL: CORS, preview links) and the URL at which the
 * CMS's server reaches the portal's server (PORTAL_INTERNAL_URL, e.g. http://proxy:3000 inside
 * Docker Compose; default PORTAL_URL).
 */
export const DEFAULT_PORTAL_URL = 'http://localhost:3000';

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export const portalUrl = (env: EnvironmentVariables) => withoutTrailingSlash(env.PORTAL_URL?.trim() || DEFAULT_PORTAL_URL);

export const portalInternalUrl = (env: EnvironmentVariables) => withoutTrailingSlash(env.PORTAL_INTERNAL_URL?.trim() || portalUrl(env));
