/**
 * The CMS's preview links (apps/cms/src/preview/preview-url.ts) name one entry in one locale and
 * version, expire after PREVIEW_LINK_LIFETIME_SECONDS, and carry an HMAC-SHA256 of what they name,
 * keyed with PREVIEW_SECRET; the portal's /api/preview checks it (apps/web/lib/preview/signed-link.ts).
 * The secret itself is never in a URL. This is the one definition of what is signed.
 */
export const PREVIEW_LINK_LIFETIME_SECONDS = 10 * 60;

export interface SignedPreviewFields {
  type: string;
  /** The entry's slug in that locale; none for mediators (their list) and the global settings (home). */
  slug?: string;
  locale: string;
  status: 'draft' | 'published';
  /** Unix time, in seconds, after which the link is refused. */
  expires: number;
}

/** The bytes signed: one field a line (no field may hold a line break: slugs, locales, types are checked). */
export function previewSignaturePayload({ type, slug, locale, status, expires }: SignedPreviewFields): string {
  return ['welfare-preview-link-v1', type, slug ?? '', locale, status, String(expires)].join('\n');
}
