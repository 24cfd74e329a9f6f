import 'server-only';
import { createHmac } from 'node:crypto';
import { cookies } from 'next/headers';
import { PREVIEW_SESSION_LIFETIME_SECONDS, previewSessionSigned, type PreviewSessionFields } from '@welfare/types';
import { isLocaleCode, type LocaleCode } from '@welfare/types/locales';
import { PREVIEW_TYPES, type PreviewableType } from '@welfare/types/registry';
import { z } from '@welfare/types/schemas';
import { matchesSecret } from '@/lib/shared-secrets';

/**
 * A browser's preview session: which one document, in which one locale, its draft mode may show, and
 * until when. /api/preview makes it from one checked link (the link's type, documentId, slug and
 * locale, valid for PREVIEW_SESSION_LIFETIME_SECONDS) and keeps it in an httpOnly cookie beside
 * Next's draft-mode cookie, signed with PREVIEW_SECRET (@welfare/types previewSessionSigned): a
 * session altered, expired or signed with a previous secret is no session, so rotating
 * PREVIEW_SECRET ends every preview at once. Next's draft-mode cookie alone (one value per build)
 * shows no draft.
 */
export const PREVIEW_SESSION_COOKIE = 'welfare-preview-session';

export interface PreviewSession {
  type: PreviewableType;
  documentId: string;
  slug?: string;
  locale: LocaleCode;
  expires: number;
}

const sessionSchema = z.object({
  type: z.enum(PREVIEW_TYPES as [PreviewableType, ...PreviewableType[]]),
  documentId: z.string().regex(/^[A-Za-z0-9]{1,64}$/),
  slug: z.string().max(200).optional(),
  locale: z.custom<LocaleCode>(isLocaleCode),
  expires: z.number().int(),
});

const signatureOf = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(previewSessionSigned(payload)).digest('base64url');

/** The cookie's value for a session. */
export function encodePreviewSession(session: PreviewSessionFields, secret: string): string {
  const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
  return `${payload}.${signatureOf(payload, secret)}`;
}

/** The session a cookie value holds, if it is signed with `secret` and not expired at `now`. */
export function decodePreviewSession(value: string | undefined, secret: string | undefined, now = Date.now()): PreviewSession | null {
  if (!value || !secret || value.length > 2000) return null;
  const [payload, signature, ...rest] = value.split('.');
  if (!payload || !signature || rest.length > 0 || !matchesSecret(signature, signatureOf(payload, secret))) return null;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = sessionSchema.safeParse(fields);
  if (!parsed.success || parsed.data.expires <= Math.floor(now / 1000)) return null;
  return parsed.data;
}

// As Next sets its own draft-mode cookie: the admin shows the preview in a frame, often cross-site.
const cookieAttributes = (development: boolean) => ({
  httpOnly: true,
  sameSite: development ? ('lax' as const) : ('none' as const),
  secure: !development,
  path: '/',
});

/** Starts the session for one link's document; it ends by itself after PREVIEW_SESSION_LIFETIME_SECONDS. */
export async function startPreviewSession(
  secret: string,
  development: boolean,
  session: Omit<PreviewSessionFields, 'expires'>,
  now = Date.now(),
): Promise<void> {
  const expires = Math.floor(now / 1000) + PREVIEW_SESSION_LIFETIME_SECONDS;
  (await cookies()).set({
    name: PREVIEW_SESSION_COOKIE,
    value: encodePreviewSession({ ...session, expires }, secret),
    maxAge: PREVIEW_SESSION_LIFETIME_SECONDS,
    ...cookieAttributes(development),
  });
}

export async function endPreviewSession(development: boolean): Promise<void> {
  (await cookies()).set({ name: PREVIEW_SESSION_COOKIE, value: '', expires: new Date(0), ...cookieAttributes(development) });
}

/** The request's session, when its cookie is signed with the current secret and not expired. */
export async function currentPreviewSession(secret: string | undefined): Promise<PreviewSession | null> {
  return decodePreviewSession((await cookies()).get(PREVIEW_SESSION_COOKIE)?.value, secret);
}
