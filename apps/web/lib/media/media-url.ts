/**
 * Media addresses as the portal serves them: everything under Strapi's `/uploads/` comes through
 * the portal's own /uploads route (app/uploads), whatever host the CMS wrote into the address (the
 * blocks editor stores the admin's backend URL, formats are relative). Nothing is loaded from
 * another host, so any other address is not used.
 */
export function portalMediaUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^\/uploads\/[^/]/.test(trimmed)) return trimmed;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.pathname.startsWith('/uploads/')) return parsed.pathname;
  return undefined;
}
