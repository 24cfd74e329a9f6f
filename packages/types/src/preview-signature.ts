/**
 * The CMS's preview links (apps/cms/src/preview/preview-url.ts) name one entry (its documentId, and
 * its slug for the page's address) in one locale and version, expire after PREVIEW_LINK_LIFETIME_SECONDS, and carry an HMAC-SHA256 of what they name,
 * keyed with PREVIEW_SECRET; the portal's /api/preview checks it (apps/web/lib/preview/signed-link.ts).
 * The secret itself is never in a URL. This is the one definition of what is signed.
 */
export const PREVIEW_LINK_LIFETIME_SECONDS = 10 * 60;

export interface SignedPreviewFields {
  type: string;
  /** The one document the preview may show the draft of (apps/web/lib/cms/draft-mode.ts). */
  documentId: string;
  /** The entry's slug in that locale; none for mediators (their list) and the global settings (home). */
  slug?: string;
  locale: string;
  status: 'draft' | 'published';
  /** Unix time, in seconds, after which the link is refused. */
  expires: number;
}

/** The bytes signed: one field a line (no field may hold a line break: slugs, locales, types are checked). */
export function previewSignaturePayload({ type, documentId, slug, locale, status, expires }: SignedPreviewFields): string {
  return ['welfare-preview-link-v2', type, documentId, slug ?? '', locale, status, String(expires)].join('\n');
}

/**
 * The portal's preview session (apps/web/lib/preview/preview-session.ts), made by /api/preview from
 * one checked link: the one document, in the one locale, whose draft the browser may see, until
 * `expires`. Kept in an httpOnly cookie as `<payload>.<signature>`: the payload is this object as
 * base64url JSON, the signature an HMAC-SHA256 with PREVIEW_SECRET of `previewSessionSigned(payload)`
 * (so rotating the secret ends every session).
 */
export const PREVIEW_SESSION_LIFETIME_SECONDS = 30 * 60;

export interface PreviewSessionFields {
  type: string;
  documentId: string;
  /** The entry's page slug in that locale (the page that shows the draft); none for list and home previews. */
  slug?: string;
  locale: string;
  /** Unix time, in seconds. */
  expires: number;
}

/** The bytes a session cookie's signature covers. */
export const previewSessionSigned = (payload: string): string => `welfare-preview-session-v2\n${payload}`;
