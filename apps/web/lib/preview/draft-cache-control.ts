import 'server-only';
import { draftMode } from 'next/headers';

/**
 * Every answer given in draft mode may hold drafts: `private, no-store`, so no browser cache, proxy
 * or CDN keeps it. Pages get this from Next itself; route handlers (search, calendars) ask here.
 * Any draft-mode cookie counts, even one whose preview session has ended (conservative).
 */
export const DRAFT_CACHE_CONTROL = 'private, no-store';

export async function cacheControlFor(publicValue: string): Promise<string> {
  try {
    return (await draftMode()).isEnabled ? DRAFT_CACHE_CONTROL : publicValue;
  } catch {
    // No request scope (prerendering, unit tests): not a preview.
    return publicValue;
  }
}
