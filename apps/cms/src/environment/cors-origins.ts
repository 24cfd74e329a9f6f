/**
 * Browser origins allowed to call the CMS's API: the comma-separated CORS_ORIGINS, or else the
 * portal's own origin (PORTAL_URL). An empty CORS_ORIGINS, as `.env.example` ships it, means "not set".
 */
import type { EnvironmentVariables } from '@welfare/types/secrets';
import { DEFAULT_PORTAL_URL } from './portal-url';

function originOf(value: string, variable: string): string {
  try {
    // Browsers send the bare origin: no path, no trailing slash.
    return new URL(value).origin;
  } catch {
    throw new Error(`${variable}: "${value}" is not an origin such as https://portal.example.org (list each origin, no wildcards)`);
  }
}

export function corsOrigins(env: EnvironmentVariables): string[] {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (listed.length > 0) return listed.map((origin) => originOf(origin, 'CORS_ORIGINS'));
  return [originOf(env.PORTAL_URL || DEFAULT_PORTAL_URL, 'PORTAL_URL')];
}
