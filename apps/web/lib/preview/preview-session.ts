import 'server-only';
import { createHmac } from 'node:crypto';
import { cookies } from 'next/headers';
import { matchesSecret } from '@/lib/shared-secrets';

/**
 * Binds a browser's draft mode to the PREVIEW_SECRET that opened it: /api/preview stores an HMAC of
 * a fixed label with the secret (never the secret) in an httpOnly cookie beside Next's draft-mode
 * cookie, and every draft-mode read checks it (lib/cms/draft-mode.ts). Rotating PREVIEW_SECRET
 * ends every preview at once, without a restart; the draft-mode cookie alone (its value is fixed per
 * build) no longer shows drafts.
 */
export const PREVIEW_SESSION_COOKIE = 'welfare-preview-session';

export const previewSessionValue = (secret: string): string => createHmac('sha256', secret).update('welfare-preview-session-v1').digest('base64url');

// As Next sets its own draft-mode cookie: the admin shows the preview in a frame, often cross-site.
const cookieAttributes = (development: boolean) => ({
  httpOnly: true,
  sameSite: development ? ('lax' as const) : ('none' as const),
  secure: !development,
  path: '/',
});

export async function startPreviewSession(secret: string, development: boolean): Promise<void> {
  (await cookies()).set({ name: PREVIEW_SESSION_COOKIE, value: previewSessionValue(secret), ...cookieAttributes(development) });
}

export async function endPreviewSession(development: boolean): Promise<void> {
  (await cookies()).set({ name: PREVIEW_SESSION_COOKIE, value: '', expires: new Date(0), ...cookieAttributes(development) });
}

/** Whether the request's session cookie was made with the current secret (none: no valid session). */
export async function hasCurrentPreviewSession(secret: string | undefined): Promise<boolean> {
  if (!secret) return false;
  const value = (await cookies()).get(PREVIEW_SESSION_COOKIE)?.value;
  return matchesSecret(value, previewSessionValue(secret));
}
