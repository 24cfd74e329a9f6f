/**
 * CORS applies to the content API only (`/api`, as Strapi's router matches it: any letter case).
 * The admin (`/admin`, `/content-manager`, `/upload`, `/i18n`, ...) answers browsers of its own
 * origin only: no Access-Control-Allow-Origin for any other, so no page elsewhere can read what a
 * logged-in member of staff may. No route answers with credentials across origins: the content
 * API is read with tokens in a header, never with cookies.
 */
export const CONTENT_API_PREFIX = '/api';

export function isContentApiPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === CONTENT_API_PREFIX || lower.startsWith(`${CONTENT_API_PREFIX}/`);
}

/** The `origin` of strapi::cors: the allowed origins on the content API, none elsewhere. */
export function contentApiOrigins(allowed: readonly string[]) {
  return (ctx: { path: string }): string[] => (isContentApiPath(ctx.path) ? [...allowed] : []);
}
